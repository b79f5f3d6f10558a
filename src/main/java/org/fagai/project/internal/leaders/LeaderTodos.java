package org.fagai.project.internal.leaders;

import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.project.WarningColour;
import org.fagai.shared.web.MessageText;
import org.fagai.supervision.Colour;
import org.fagai.supervision.TodoEntry;
import org.fagai.supervision.TodoSource;
import org.springframework.stereotype.Component;

/** A leader's to-do list names his red projects and those with overdue blockers (a few, worst first). */
@Component
class LeaderTodos implements TodoSource {

    private static final int LIMIT = 5;

    private final LeaderBook leaders;
    private final MessageText text;

    LeaderTodos(LeaderBook leaders, MessageText text) {
        this.text = text;
        this.leaders = leaders;
    }

    @Override
    public List<TodoEntry> entriesFor(CurrentUser user) {
        if (user.role() != Role.LEADER) {
            return List.of();
        }
        return leaders.projects(0, LIMIT).projects().stream()
                .filter(p -> p.colour() == WarningColour.RED || p.overdueBlockers() > 0)
                .map(p -> new TodoEntry("project.leaders", text.get(p.colour() != WarningColour.RED ? "project.todo.leaderBlockers"
                                : p.overdueBlockers() > 0 ? "project.todo.leaderRedBlockers" : "project.todo.leaderRed",
                        p.name(), p.overdueBlockers()),
                        null, p.colour() == WarningColour.RED ? Colour.RED : Colour.YELLOW, "/projects/mine"))
                .toList();
    }
}
