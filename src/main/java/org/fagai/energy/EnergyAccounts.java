package org.fagai.energy;

import java.util.Optional;

/** Region energy accounts for other modules (the monthly brief, dashboards); checks the signed-in user's region. */
public interface EnergyAccounts {

    /** 1–{@code month}月 of {@code year} in a region (a city, county or town). */
    RegionEnergy region(String regionCode, int year, int month);

    /**
     * The brief's paragraph on energy and carbon dual control, in Chinese, e.g. "2023年1-12月，示范市重点用能单位综合能源
     * 消费量…"; empty when the region has no report for the period or the user's account may not read energy data.
     */
    Optional<String> briefParagraph(String regionCode, int year, int month);
}
