package org.fagai.energy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fagai.energy.EnergyType;
import org.junit.jupiter.api.Test;

class ConversionTest {

    /** The defaults the migration ships (GB/T 2589-2020; guideline CO₂ factors; grid factors of 2021 and 2022). */
    static Factors defaults() {
        Map<EnergyType, Factors.TypeFactor> types = new EnumMap<>(EnergyType.class);
        put(types, EnergyType.RAW_COAL, "0.7143", "1000", "1.9003");
        put(types, EnergyType.COKE, "0.9714", "1000", "2.8604");
        put(types, EnergyType.CRUDE_OIL, "1.4286", "1000", "3.0202");
        put(types, EnergyType.GASOLINE, "1.4714", "1000", "2.9251");
        put(types, EnergyType.DIESEL, "1.4571", "1000", "3.0959");
        put(types, EnergyType.FUEL_OIL, "1.4286", "1000", "3.1705");
        put(types, EnergyType.LPG, "1.7143", "1000", "3.1013");
        put(types, EnergyType.NATURAL_GAS, "1.2143", "10000", "21.622");
        put(types, EnergyType.HEAT, "0.03412", "1000", "0.11");
        put(types, EnergyType.ELECTRICITY, "0.1229", "10000", "0");
        put(types, EnergyType.OTHER, "1000", "1", "0");
        TreeMap<Integer, Factors.YearFactor> years = new TreeMap<>();
        years.put(2021, new Factors.YearFactor(2021, new BigDecimal("0.5568"), new BigDecimal("0.3025"), "公告"));
        years.put(2022, new Factors.YearFactor(2022, new BigDecimal("0.5366"), new BigDecimal("0.3007"), "公告"));
        return new Factors(types, years);
    }

    private static void put(Map<EnergyType, Factors.TypeFactor> types, EnergyType type, String coefficient, String base, String co2) {
        types.put(type, new Factors.TypeFactor(new BigDecimal(coefficient), new BigDecimal(base), new BigDecimal(co2), "GB/T 2589-2020"));
    }

    static Conversion.Item item(EnergyType type, String amount) {
        return new Conversion.Item(type, new BigDecimal(amount), BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private static BigDecimal tce(EnergyType type, String amount) {
        return Conversion.convert(defaults(), 2022, List.of(item(type, amount))).tce();
    }

    @Test
    void aThousandTonnesOfRawCoalAndFiveMillionKwhAreTheIssuesThirteenHundredTwentyEightPointEightTce() {
        Conversion.Figures f = Conversion.convert(defaults(), 2024,
                List.of(item(EnergyType.RAW_COAL, "1000"), item(EnergyType.ELECTRICITY, "500")));
        assertThat(f.items()).extracting(Conversion.ItemFigures::tce)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("714.3"), new BigDecimal("614.5"));
        assertThat(f.tce()).isEqualByComparingTo("1328.8");
        assertThat(f.tceControlled()).isEqualByComparingTo("1328.8");
    }

    @Test
    void eachTonneBasedCoefficientGivesItsStandardCoalPerTonne() {
        assertThat(tce(EnergyType.RAW_COAL, "1")).isEqualByComparingTo("0.7143");
        assertThat(tce(EnergyType.COKE, "1")).isEqualByComparingTo("0.9714");
        assertThat(tce(EnergyType.CRUDE_OIL, "1")).isEqualByComparingTo("1.4286");
        assertThat(tce(EnergyType.GASOLINE, "1")).isEqualByComparingTo("1.4714");
        assertThat(tce(EnergyType.DIESEL, "1")).isEqualByComparingTo("1.4571");
        assertThat(tce(EnergyType.FUEL_OIL, "1")).isEqualByComparingTo("1.4286");
        assertThat(tce(EnergyType.LPG, "1")).isEqualByComparingTo("1.7143");
        assertThat(tce(EnergyType.OTHER, "12.5")).isEqualByComparingTo("12.5");
    }

    @Test
    void gasHeatAndElectricityAreConvertedFromTheirReportUnitsToThePerCubicMetreMegajouleAndKwhCoefficients() {
        // 1万 m³ × 10,000 m³ × 1.2143 kgce/m³ = 12,143 kgce
        assertThat(tce(EnergyType.NATURAL_GAS, "1")).isEqualByComparingTo("12.143");
        // 1,000 GJ × 1,000 MJ × 0.03412 kgce/MJ = 34,120 kgce
        assertThat(tce(EnergyType.HEAT, "1000")).isEqualByComparingTo("34.12");
        // 1万 kWh × 10,000 kWh × 0.1229 kgce/kWh (当量值) = 1,229 kgce
        assertThat(tce(EnergyType.ELECTRICITY, "1")).isEqualByComparingTo("1.229");
    }

    @Test
    void rawMaterialUseIsConvertedButLeftOutOfTheTotalUnderControlAndOfTheCo2() {
        Conversion.Figures f = Conversion.convert(defaults(), 2022, List.of(
                new Conversion.Item(EnergyType.RAW_COAL, new BigDecimal("1000"), new BigDecimal("400"), BigDecimal.ZERO)));
        assertThat(f.tce()).isEqualByComparingTo("714.3");
        assertThat(f.tceRaw()).isEqualByComparingTo("285.72");
        assertThat(f.tceControlled()).isEqualByComparingTo("428.58");
        // only the 600 t burnt emit: 600 × 1.9003
        assertThat(f.co2()).isEqualByComparingTo("1140.18");
    }

    @Test
    void nonFossilElectricityIsLeftOutOfTheTotalUnderControlAndEmitsNothing() {
        Conversion.Figures f = Conversion.convert(defaults(), 2022, List.of(
                new Conversion.Item(EnergyType.ELECTRICITY, new BigDecimal("100"), BigDecimal.ZERO, new BigDecimal("40"))));
        assertThat(f.tce()).isEqualByComparingTo("122.9");
        assertThat(f.tceNonFossil()).isEqualByComparingTo("49.16");
        assertThat(f.tceControlled()).isEqualByComparingTo("73.74");
        // 60万 kWh = 600 MWh × 0.5366
        assertThat(f.co2()).isEqualByComparingTo("321.96");
    }

    @Test
    void electricityEmitsByTheGridFactorOfItsYearAndLaterYearsUseTheLatestPublishedOne() {
        List<Conversion.Item> tenThousandMwh = List.of(item(EnergyType.ELECTRICITY, "1000"));
        assertThat(Conversion.convert(defaults(), 2021, tenThousandMwh).co2()).isEqualByComparingTo("5568");
        assertThat(Conversion.convert(defaults(), 2022, tenThousandMwh).co2()).isEqualByComparingTo("5366");
        Conversion.Figures later = Conversion.convert(defaults(), 2024, tenThousandMwh);
        assertThat(later.co2()).isEqualByComparingTo("5366");
        assertThat(later.factorYear()).isEqualTo(2022);
        Conversion.Figures earlier = Conversion.convert(defaults(), 2019, tenThousandMwh);
        assertThat(earlier.factorYear()).isEqualTo(2021);
    }

    @Test
    void fuelsEmitByTheGuidelineFactors() {
        assertThat(Conversion.convert(defaults(), 2022, List.of(item(EnergyType.NATURAL_GAS, "10"))).co2()).isEqualByComparingTo("216.22");
        assertThat(Conversion.convert(defaults(), 2022, List.of(item(EnergyType.DIESEL, "2"))).co2()).isEqualByComparingTo("6.1918");
        assertThat(Conversion.convert(defaults(), 2022, List.of(item(EnergyType.HEAT, "1000"))).co2()).isEqualByComparingTo("110");
    }

    @Test
    void theEquivalentValueTotalCountsElectricityAtTheYearsCoalPerKwh() {
        Conversion.Figures f = Conversion.convert(defaults(), 2021,
                List.of(item(EnergyType.RAW_COAL, "1000"), item(EnergyType.ELECTRICITY, "500")));
        // 500万 kWh × 0.3025 kgce/kWh = 1,512.5 tce instead of 614.5
        assertThat(f.tceEquivalent()).isEqualByComparingTo("2226.8");
        assertThat(f.tce()).isEqualByComparingTo("1328.8");
    }
}
