package org.fagai.planning.internal.plan;

/**
 * How a plan states an indicator's target: the value to reach in the target year (LEVEL, e.g. 常住人口城镇化率 72%), an
 * average annual growth in percent (ANNUAL_GROWTH, e.g. 地区生产总值年均增长 6%), or a change over the plan in percent
 * of the base-year value (CUMULATIVE_CHANGE, e.g. 单位地区生产总值能耗降低 13.5% is −13.5).
 */
enum TargetKind {
    LEVEL, ANNUAL_GROWTH, CUMULATIVE_CHANGE;

    /** Growth targets follow a compound path, the others a straight line by years elapsed (序时). */
    PathShape defaultPath() {
        return this == ANNUAL_GROWTH ? PathShape.COMPOUND : PathShape.LINEAR;
    }

    public String labelKey() {
        return "planning.kind." + name();
    }
}
