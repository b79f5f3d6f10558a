package org.fagai.supervision.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/** How a problem list's problems may be sorted on its page and in its export: by number, wording or earliest deadline. */
enum ProblemSort {
    SEQ(Comparator.comparingInt(ProblemListView.ProblemView::seq)),
    TITLE(Comparator.comparing(ProblemListView.ProblemView::title)),
    DEADLINE(Comparator.comparing((ProblemListView.ProblemView p) -> p.measures().stream().map(ItemRow::deadline)
            .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(LocalDate.MAX)));

    private final Comparator<ProblemListView.ProblemView> order;

    ProblemSort(Comparator<ProblemListView.ProblemView> order) {
        this.order = order;
    }

    /** This order, reversed if asked, numbers breaking ties. */
    Comparator<ProblemListView.ProblemView> order(boolean descending) {
        return (descending ? order.reversed() : order).thenComparingInt(ProblemListView.ProblemView::seq);
    }
}
