package org.fagai.indicator.internal;

import java.util.Comparator;
import org.fagai.indicator.IndicatorView;

/**
 * How the indicator catalogue (a short table, some tens of indicators, shown whole) may be sorted on its page and in its
 * export: in the catalogue's own order, by code, by name or by frequency; the code breaks ties.
 */
enum CatalogueSort {
    ORDER(null),
    CODE(Comparator.comparing(IndicatorView::code)),
    NAME(Comparator.comparing(IndicatorView::name)),
    FREQUENCY(Comparator.comparing((IndicatorView i) -> i.frequency().name()));

    private final Comparator<IndicatorView> order;

    CatalogueSort(Comparator<IndicatorView> order) {
        this.order = order;
    }

    java.util.List<IndicatorView> sorted(java.util.List<IndicatorView> catalogue, boolean descending) {
        if (order == null) {
            java.util.List<IndicatorView> ordered = new java.util.ArrayList<>(catalogue);
            if (descending) {
                java.util.Collections.reverse(ordered);
            }
            return ordered;
        }
        return catalogue.stream().sorted((descending ? order.reversed() : order).thenComparing(IndicatorView::code)).toList();
    }
}
