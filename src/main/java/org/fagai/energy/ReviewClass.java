package org.fagai.energy;

/**
 * Who reviews a project's energy use (《固定资产投资项目节能审查办法》, 国家发展改革委令2023年第2号): the province (≥ 10,000 tce
 * a year), the local authority the province assigns, or nobody separately (< 1,000 tce and < 500万 kWh: built to the
 * energy-saving standards).
 */
public enum ReviewClass {
    PROVINCE, LOCAL, NONE;

    public String labelKey() {
        return "energy.reviewClass." + name();
    }
}
