package org.fagai.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Ranks as the statistics bureau ranks districts: highest score first, equal scores share a rank and the next rank
 * skips (1, 2, 2, 4); an entry without a score is not ranked.
 */
public final class Ranking {

    private Ranking() {
    }

    /** An item with its rank (1 = highest). */
    public record Ranked<T>(T item, int rank) {
    }

    /** The items that have a score, highest first, equal scores in {@code tieOrder}, each with its rank. */
    public static <T> List<Ranked<T>> highestFirst(Collection<T> items, Function<T, BigDecimal> score, Comparator<T> tieOrder) {
        List<T> scored = new ArrayList<>(items.stream().filter(i -> score.apply(i) != null).toList());
        scored.sort(Comparator.comparing(score, Comparator.reverseOrder()).thenComparing(tieOrder));
        List<Ranked<T>> ranked = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            T item = scored.get(i);
            boolean tie = i > 0 && score.apply(item).compareTo(score.apply(scored.get(i - 1))) == 0;
            ranked.add(new Ranked<>(item, tie ? ranked.get(i - 1).rank() : i + 1));
        }
        return ranked;
    }
}
