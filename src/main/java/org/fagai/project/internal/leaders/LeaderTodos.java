package org.fagai.project.internal.leaders;

import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.project.WarningColour;
import org.fagai.supervision.Colour;
import org.fagai.supervision.TodoEntry;
import org.fagai.supervision.TodoSource;
import org.springframework.stereotype.Component;

/** A leader's to-do list names his red projects and those with overdue blockers (a few, worst first). */
@Component
class LeaderTodos implements TodoSource {

    private static final int LIMIT = 5;

    private final LeaderBook leaders;

    LeaderTodos(LeaderBook leaders) {
        this.leaders = leaders;
    }

    @Override
    public List<TodoEntry> entriesFor(CurrentUser user) {
        if (user.role() != Role.LEADER) {
            return List.of();
        }
        return leaders.projects(0, LIMIT).projects().stream()
                .filter(p -> p.colour() == WarningColour.RED || p.overdueBlockers() > 0)
                .map(p -> new TodoEntry("project.leaders", p.name() + "：" + (p.colour() == WarningColour.RED ? "红灯" : "")
                        + (p.overdueBlockers() > 0 ? (p.colour() == WarningColour.RED ? "，" : "") + p.overdueBlockers() + " 个问题超期未解决" : ""),
                        null, p.colour() == WarningColour.RED ? Colour.RED : Colour.YELLOW, "/projects/mine"))
                .toList();
    }
}
