package org.fagai.approval;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How fast approvals were decided, per county, for evaluations that read them (营商环境: 审批时长, 按时办结率): the
 * applications decided (approved or refused) in a year, counted by the region of the application.
 */
public interface ApprovalPerformance {

    /** The counties of a city (and the city itself) with at least one decision in the year, by region code. */
    Map<String, RegionFigures> byRegion(int year, String cityCode);

    /**
     * @param onTimeRate          decided on time / decided, in percent with two decimals
     * @param averageWorkingDays  the counted working time (what the limit measures) per decision, in working days of
     *                            the calendar's working hours, two decimals
     */
    record RegionFigures(String regionCode, long decided, long onTime, BigDecimal onTimeRate, BigDecimal averageWorkingDays) {
    }
}
