package org.fagai.planning;

import java.math.BigDecimal;
import java.util.List;

/**
 * A district's 七有五性 result: the total index, each dimension's index (0–100 scale of the configured normalisation),
 * its rank among the districts (ties share a rank), its weakest indicators with their member units, and how many of
 * its values are missing (scored as the worst).
 */
public record RegionIndex(String regionCode, String regionName, BigDecimal total, int rank, List<DimensionIndex> dimensions,
                          List<WeakIndicator> weakest, int missing) {

    public record DimensionIndex(String code, String name, String family, BigDecimal index) {
    }

    public record WeakIndicator(String code, String name, String unit, String memberUnit, BigDecimal value, BigDecimal score,
                                boolean missing) {
    }
}
