package org.fagai.cockpit;

import org.fagai.shared.RegionCode;

/**
 * What the cockpit or the work summary is about: a year up to a month (12 for the whole year, 6 for the half-year) and a
 * region (a city with its districts, or one district).
 */
public record CockpitScope(int year, int throughMonth, String regionCode, String regionName) {

    public boolean city() {
        return RegionCode.of(regionCode).level() == org.fagai.shared.RegionLevel.PREFECTURE;
    }

    public java.time.LocalDate from() {
        return java.time.LocalDate.of(year, 1, 1);
    }

    public java.time.LocalDate to() {
        return java.time.YearMonth.of(year, throughMonth).atEndOfMonth();
    }

    /** 2023年全年 / 2023年1-6月. */
    public String periodLabel() {
        return throughMonth == 12 ? year + "年全年" : throughMonth == 1 ? year + "年1月" : year + "年1-" + throughMonth + "月";
    }
}
