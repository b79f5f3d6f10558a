package org.fagai.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** 双公示 of a region in figures (licences and penalties together), for the cockpit and the work summary. */
public interface DisclosureFigures {

    /**
     * Records decided between two dates: how many, published, published by their due date; and today's unpublished
     * records still due and already overdue. Checks that the signed-in user may see the region.
     */
    Figures figures(LocalDate from, LocalDate to, String regionCode);

    /**
     * 双公示按时公示率 per county of a city (and the city itself), for evaluations that compare the counties (营商环境): the
     * records (licences and penalties) decided in the year whose outcome is known — published, or past their due date (7
     * working days after the decision, stored with each record) — and of those the ones published by their due date.
     * Counties without such a record are absent. No scope check: the figures are the counties' totals, no record.
     */
    Map<String, RegionTimeliness> byRegion(int year, String cityCode);

    /** @param onTimeRate published on time ÷ due, in percent with two decimals */
    record RegionTimeliness(String regionCode, long due, long publishedOnTime, BigDecimal onTimeRate) {
    }

    /** @param onTimeRate published by the due date ÷ decided whose outcome is known (as {@link #byRegion}), %; null when none */
    record Figures(LocalDate from, LocalDate to, String regionCode, long decided, long published, long publishedOnTime,
                   BigDecimal onTimeRate, long dueNow, long overdueNow) {
    }
}
