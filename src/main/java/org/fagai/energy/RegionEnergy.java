package org.fagai.energy;

import java.math.BigDecimal;
import java.util.List;
import org.fagai.indicator.Warning;

/**
 * A region's energy account for 1–{@code month}月 of a year, from its key energy users' reports: totals this year and
 * in the same months last year; intensities against GDP for the latest quarter GDP is published for (comparable
 * prices, see {@link Intensity}); the annual and five-year targets with their warnings; the districts ranked by the
 * decline of intensity; the enterprises behind the change; the month-by-month use.
 *
 * @param periodLabel 2023年1-9月
 * @param growth      同比 of the energy use under control, %
 */
public record RegionEnergy(String regionCode, String regionName, int year, int month, String periodLabel, Totals current,
                           Totals lastYear, BigDecimal growth, Intensity intensity, AnnualTarget annualTarget,
                           PeriodTarget periodTarget, List<District> districts, List<Contributor> increases,
                           List<Contributor> decreases, List<MonthPoint> months) {

    /**
     * Sums in tce and t CO₂. {@code tce} is the 综合能源消费量 at 当量值 including everything; {@code tceExcludingRawMaterial}
     * leaves out 原料用能; {@code tceControlled} (纳入总量控制) leaves out 原料用能 and non-fossil energy, as the national
     * rule does for the total and the intensity under control; {@code tceEquivalent} counts electricity at its 等价值.
     */
    public record Totals(BigDecimal tce, BigDecimal tceExcludingRawMaterial, BigDecimal tceRawMaterial,
                         BigDecimal tceNonFossil, BigDecimal tceControlled, BigDecimal tceEquivalent, BigDecimal co2,
                         BigDecimal outputValue, long reports, long enterprises) {
    }

    /**
     * 万元GDP能耗 and 万元GDP二氧化碳排放 for the GDP period (一季度, 上半年 …). Levels are at current prices (energy under
     * control ÷ GDP); the declines are at comparable prices: this year's GDP at last year's prices is last year's level
     * × (1 + the reported real growth), so 下降率 = 1 − (E ÷ E₀) ÷ (1 + g). Against the base year the GDP is carried to
     * base-year prices by the reported full-year growths since then.
     *
     * @param gdp            亿元, current prices
     * @param comparableGdp  亿元, at last year's prices
     * @param energyIntensity tce per 万元
     * @param decline        % against the same period last year (positive = intensity fell)
     * @param baseDecline    % against the five-year target's base year; null when a link of the chain is missing
     * @param missing        what is missing for a figure left empty, in Chinese
     */
    public record Intensity(String periodLabel, int toMonth, BigDecimal gdp, BigDecimal gdpLastYear, BigDecimal gdpGrowth,
                            BigDecimal comparableGdp, BigDecimal energy, BigDecimal energyLastYear, BigDecimal co2,
                            BigDecimal co2LastYear, BigDecimal energyIntensity, BigDecimal energyIntensityLastYear,
                            BigDecimal co2Intensity, BigDecimal co2IntensityLastYear, BigDecimal decline,
                            BigDecimal co2Decline, BigDecimal baseDecline, BigDecimal co2BaseDecline, List<String> missing) {
    }

    /**
     * The year's targets: intensity declines (%) with the gap in points and the warning (below target yellow, more than
     * the red band below red), and the cap on energy under control against 序时进度.
     */
    public record AnnualTarget(BigDecimal intensityDecline, BigDecimal gap, Warning warning, BigDecimal co2IntensityDecline,
                               BigDecimal co2Gap, Warning co2Warning, BigDecimal cap, BigDecimal capUsed,
                               BigDecimal timeProgress, Warning capWarning) {
    }

    /** The five-year target: the decline to reach by the end year, achieved so far, completion against the period's time progress. */
    public record PeriodTarget(String name, int baseYear, int endYear, BigDecimal intensityDecline, BigDecimal achieved,
                               BigDecimal completion, BigDecimal timeProgress, Warning warning,
                               BigDecimal co2IntensityDecline, BigDecimal co2Achieved) {
    }

    /** A district (or town) of the region: its energy under control, 同比, intensity decline, target gap and rank (1 = largest decline). */
    public record District(String regionCode, String regionName, BigDecimal tceControlled, BigDecimal lastYear,
                           BigDecimal growth, BigDecimal decline, BigDecimal co2Decline, BigDecimal target, BigDecimal gap,
                           Warning warning, Integer rank) {
    }

    /** An enterprise's energy under control this year and last (same months), the change and its share of the region's change. */
    public record Contributor(String creditCode, String name, String regionCode, BigDecimal current, BigDecimal lastYear,
                              BigDecimal change, BigDecimal share) {
    }

    /** One month's energy under control this year and last. */
    public record MonthPoint(int month, BigDecimal current, BigDecimal lastYear) {
    }
}
