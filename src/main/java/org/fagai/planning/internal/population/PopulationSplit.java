package org.fagai.planning.internal.population;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fagai.planning.internal.Figures;
import org.fagai.shared.StoredText;

/**
 * A district's population target split over its towns. The rule: every town of the district has a target, once, and
 * the towns add up to the district total exactly — a split that does not is refused as a whole.
 */
record PopulationSplit(String regionCode, int year, PopulationKind kind, long total, String method, Map<String, Long> towns) {

    /** A split that breaks the rule; {@code field} is "towns" for a sum that does not add up. */
    static final class Refused extends RuntimeException {

        private final String field;

        Refused(String field, String message) {
            super(message);
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    record TownTarget(String code, Long target) {
    }

    static PopulationSplit of(String regionCode, int year, PopulationKind kind, long total, String method, List<TownTarget> towns,
                              Set<String> districtTowns) {
        Map<String, Long> byTown = new LinkedHashMap<>();
        for (TownTarget t : towns) {
            if (t == null || t.code() == null || !districtTowns.contains(t.code().strip())) {
                throw new Refused("towns", StoredText.of("planning.error.split.notInDistrict", t == null ? null : t.code()));
            }
            if (t.target() == null || t.target() < 0) {
                throw new Refused("towns", StoredText.of("planning.error.split.negative", t.code()));
            }
            if (byTown.put(t.code().strip(), t.target()) != null) {
                throw new Refused("towns", StoredText.of("planning.error.split.duplicate", t.code()));
            }
        }
        if (!byTown.keySet().equals(districtTowns)) {
            throw new Refused("towns", StoredText.of("planning.error.split.missing", districtTowns.size(),
                    StoredText.list("shared.listSeparator", districtTowns.stream().filter(c -> !byTown.containsKey(c)).sorted().toList())));
        }
        long sum = byTown.values().stream().mapToLong(Long::longValue).sum();
        if (sum != total) {
            throw new Refused("towns", StoredText.of("planning.error.split.sum", Figures.count(sum), Figures.count(total),
                    Figures.count(sum - total)));
        }
        return new PopulationSplit(regionCode, year, kind, total, method, byTown);
    }
}
