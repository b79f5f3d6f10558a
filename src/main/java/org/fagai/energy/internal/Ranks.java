package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Competition ranking, largest first, ties sharing a rank (1, 2, 2, 4), values without a figure unranked — the
 * economic-monitoring convention. Note: moves to the shared Ranking once it is on main.
 */
final class Ranks {

    private Ranks() {
    }

    static List<Integer> descending(List<BigDecimal> values) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparing((Integer i) -> values.get(i)).reversed());
        List<Integer> ranks = new ArrayList<>();
        values.forEach(v -> ranks.add(null));
        for (int position = 0; position < order.size(); position++) {
            int i = order.get(position);
            boolean tie = position > 0 && values.get(order.get(position - 1)).compareTo(values.get(i)) == 0;
            ranks.set(i, tie ? ranks.get(order.get(position - 1)) : position + 1);
        }
        return ranks;
    }
}
