package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fagai.energy.EnergyType;

/**
 * The conversion rule, in one place: physical amounts to tonnes of standard coal (GB/T 2589-2020) and to CO₂.
 * <ul>
 *   <li>tce = amount × base units per report unit × kgce per base unit ÷ 1,000 (1,000 t 原煤 = 714.3 tce; 500万 kWh at
 *       0.1229 = 614.5 tce; 1万 m³ 天然气 at 1.2143 = 12.143 tce; 1,000 GJ 热力 at 0.03412 kgce/MJ = 34.12 tce);</li>
 *   <li>原料用能 and non-fossil energy are converted alike and left out of the total under control;</li>
 *   <li>CO₂ = (amount − 原料用能 − non-fossil) × the type's factor; electricity's factor is the year's grid factor
 *       (t/MWh) × 10 MWh per 万kWh;</li>
 *   <li>等价值: the same total with electricity at the year's 等价值 instead of its 当量值.</li>
 * </ul>
 */
final class Conversion {

    static final int SCALE = 4;
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal MWH_PER_WAN_KWH = BigDecimal.TEN;
    private static final BigDecimal KWH_PER_WAN_KWH = BigDecimal.valueOf(10_000);

    /** One reported line: the amount in the type's unit, of which 原料用能 and non-fossil. */
    record Item(EnergyType type, BigDecimal amount, BigDecimal rawMaterial, BigDecimal nonFossil) {
    }

    record ItemFigures(EnergyType type, BigDecimal tce, BigDecimal co2) {
    }

    /** What a report adds up to; {@code tceEquivalent} null when no year has an 等价值, {@code factorYear} the grid factor's. */
    record Figures(BigDecimal tce, BigDecimal tceRaw, BigDecimal tceNonFossil, BigDecimal tceControlled,
                   BigDecimal tceEquivalent, BigDecimal co2, Integer factorYear, List<ItemFigures> items) {
    }

    private Conversion() {
    }

    static Figures convert(Factors factors, int year, List<Item> items) {
        Optional<Factors.YearFactor> grid = factors.gridFor(year);
        Optional<Factors.YearFactor> equivalent = factors.equivalentFor(year);
        BigDecimal tce = BigDecimal.ZERO;
        BigDecimal raw = BigDecimal.ZERO;
        BigDecimal nonFossil = BigDecimal.ZERO;
        BigDecimal co2 = BigDecimal.ZERO;
        BigDecimal tceEquivalent = equivalent.isPresent() ? BigDecimal.ZERO : null;
        List<ItemFigures> figures = new ArrayList<>();
        for (Item item : items) {
            Factors.TypeFactor f = factors.of(item.type());
            BigDecimal itemTce = tce(item.amount(), f);
            BigDecimal burnt = item.amount().subtract(item.rawMaterial()).subtract(item.nonFossil());
            BigDecimal itemCo2 = burnt.multiply(co2Factor(item.type(), f, grid)).setScale(SCALE, RoundingMode.HALF_UP);
            tce = tce.add(itemTce);
            raw = raw.add(tce(item.rawMaterial(), f));
            nonFossil = nonFossil.add(tce(item.nonFossil(), f));
            co2 = co2.add(itemCo2);
            if (tceEquivalent != null) {
                tceEquivalent = tceEquivalent.add(item.type() == EnergyType.ELECTRICITY
                        ? item.amount().multiply(KWH_PER_WAN_KWH).multiply(equivalent.get().electricityEquivalent())
                                .divide(THOUSAND, SCALE, RoundingMode.HALF_UP)
                        : itemTce);
            }
            figures.add(new ItemFigures(item.type(), itemTce, itemCo2));
        }
        return new Figures(tce, raw, nonFossil, tce.subtract(raw).subtract(nonFossil), tceEquivalent, co2,
                grid.map(Factors.YearFactor::year).orElse(null), List.copyOf(figures));
    }

    static BigDecimal tce(BigDecimal amount, Factors.TypeFactor f) {
        return amount.multiply(f.basePerUnit()).multiply(f.coefficient()).divide(THOUSAND, SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal co2Factor(EnergyType type, Factors.TypeFactor f, Optional<Factors.YearFactor> grid) {
        if (type == EnergyType.ELECTRICITY) {
            return grid.map(g -> g.gridFactor().multiply(MWH_PER_WAN_KWH)).orElse(BigDecimal.ZERO);
        }
        return f.co2Factor();
    }
}
