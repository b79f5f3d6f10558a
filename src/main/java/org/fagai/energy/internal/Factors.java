package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.function.Function;
import org.fagai.energy.EnergyType;
import org.fagai.shared.StoredText;

/**
 * The coefficients in force: each type's 折标准煤系数 and combustion CO₂ factor, and per year the grid factor and
 * electricity's 等价值. A year without its own figure takes the latest earlier year's (the latest published factor stays
 * in use until the next is announced), a year before every entry the earliest one.
 */
record Factors(Map<EnergyType, TypeFactor> types, NavigableMap<Integer, YearFactor> years) {

    /** kgce per base unit, base units per report unit, t CO₂ per report unit (electricity: by year). */
    record TypeFactor(BigDecimal coefficient, BigDecimal basePerUnit, BigDecimal co2Factor, String source) {
    }

    /** t CO₂ per MWh and kgce per kWh (等价值) of a year; either may be missing. */
    record YearFactor(int year, BigDecimal gridFactor, BigDecimal electricityEquivalent, String source) {
    }

    TypeFactor of(EnergyType type) {
        TypeFactor factor = types.get(type);
        if (factor == null) {
            throw new IllegalStateException(StoredText.of("energy.error.factorMissing", type));
        }
        return factor;
    }

    /** The year whose grid factor applies to reports of {@code year}, with the factor. */
    Optional<YearFactor> gridFor(int year) {
        return nearest(year, YearFactor::gridFactor);
    }

    /** The year whose 等价值 applies to reports of {@code year}. */
    Optional<YearFactor> equivalentFor(int year) {
        return nearest(year, YearFactor::electricityEquivalent);
    }

    private Optional<YearFactor> nearest(int year, Function<YearFactor, BigDecimal> value) {
        for (YearFactor f : years.headMap(year, true).descendingMap().values()) {
            if (value.apply(f) != null) {
                return Optional.of(f);
            }
        }
        return years.tailMap(year, false).values().stream().filter(f -> value.apply(f) != null).findFirst();
    }
}
