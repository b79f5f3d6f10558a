package org.fagai.indicator;

import java.util.List;
import java.util.Optional;

/**
 * 经济运行一览: every enabled indicator of a region at a month, and the key projects' completed investment beside its
 * 固定资产投资 when both are there for the period.
 */
public record Overview(String regionCode, String regionName, int year, int month, String periodLabel,
                       List<OverviewLine> lines, Optional<KeyProjectShare> keyProjects) {

    /** This overview with other lines (named in the reader's language). */
    public Overview withLines(List<OverviewLine> shown) {
        return new Overview(regionCode, regionName, year, month, periodLabel, shown, keyProjects);
    }

    public List<OverviewLine> warnings() {
        return lines.stream().filter(l -> l.warning() == Warning.YELLOW || l.warning() == Warning.RED).toList();
    }
}
