package org.fagai.energy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.web.MessageText;
import org.fagai.supervision.Colour;
import org.fagai.supervision.TodoEntry;
import org.fagai.supervision.TodoSource;
import org.springframework.stereotype.Component;

/**
 * The energy work that is due, in at most two lines: review opinions about to lapse or lapsed and completed projects
 * without 节能验收 (red once any has lapsed or is owed), for the commission's users who may act on them.
 */
@Component
class EnergyTodos implements TodoSource {

    private final ReviewList reviews;
    private final Clock clock;
    private final MessageText text;

    EnergyTodos(ReviewList reviews, Clock clock, MessageText text) {
        this.reviews = reviews;
        this.clock = clock;
        this.text = text;
    }

    @Override
    public List<TodoEntry> entriesFor(CurrentUser user) {
        if (!EnergyAccess.mayWrite(user)) {
            return List.of();
        }
        Map<ReviewView.State, Long> warned = reviews.warned(user);
        if (warned.isEmpty()) {
            return List.of();
        }
        long lapsing = warned.getOrDefault(ReviewView.State.LAPSING, 0L);
        long lapsed = warned.getOrDefault(ReviewView.State.LAPSED, 0L);
        long acceptance = warned.getOrDefault(ReviewView.State.ACCEPTANCE_DUE, 0L);
        LocalDate due = reviews.earliestLapse(user).orElse(LocalDate.now(clock));
        List<TodoEntry> entries = new ArrayList<>();
        entries.add(new TodoEntry("energy.review", text.get("energy.todo.review", lapsing, lapsed, acceptance), due, lapsed + acceptance > 0 ? Colour.RED : Colour.YELLOW,
                "/energy/reviews?warnings=true"));
        return entries;
    }
}
