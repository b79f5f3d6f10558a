package org.fagai.energy;

import java.util.Locale;
import java.util.Optional;

/**
 * The energy types a key energy user reports, each in its physical unit: tonnes, 天然气 in 万m³, 热力 in GJ, 电力 in
 * 万kWh, other energy already in tce. Non-fossil parts exist only for electricity, heat and other energy (绿电, 可再生热力,
 * 生物质 …).
 */
public enum EnergyType {
    RAW_COAL("原煤", "吨"), COKE("焦炭", "吨"), CRUDE_OIL("原油", "吨"), GASOLINE("汽油", "吨"), DIESEL("柴油", "吨"),
    FUEL_OIL("燃料油", "吨"), LPG("液化石油气", "吨"), NATURAL_GAS("天然气", "万立方米"), HEAT("热力", "吉焦"),
    ELECTRICITY("电力", "万千瓦时"), OTHER("其他能源", "吨标准煤");

    private final String chinese;
    private final String unit;

    EnergyType(String chinese, String unit) {
        this.chinese = chinese;
        this.unit = unit;
    }

    public String chinese() {
        return chinese;
    }

    /** The unit amounts are reported in, in Chinese: 吨, 万立方米, 吉焦, 万千瓦时, 吨标准煤. */
    public String unit() {
        return unit;
    }

    public boolean mayBeNonFossil() {
        return this == ELECTRICITY || this == HEAT || this == OTHER;
    }

    public String labelKey() {
        return "energy.type." + name();
    }

    /** By code (RAW_COAL) or Chinese name (原煤), as an import cell holds it. */
    public static Optional<EnergyType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        for (EnergyType t : values()) {
            if (t.name().equals(s.toUpperCase(Locale.ROOT)) || t.chinese.equals(s)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
