package org.fagai.planning;

/** A five-year plan: its name (e.g. 十五五规划纲要), region and years. */
public record PlanSummary(long id, String name, String regionCode, int fromYear, int toYear) {
}
