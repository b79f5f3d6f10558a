package org.fagai.indicator;

import java.util.List;

/** 经济运行一览: every enabled indicator of a region at a month. */
public record Overview(String regionCode, String regionName, int year, int month, String periodLabel,
                       List<OverviewLine> lines) {

    public List<OverviewLine> warnings() {
        return lines.stream().filter(l -> l.warning() == Warning.YELLOW || l.warning() == Warning.RED).toList();
    }
}
