package org.fagai.energy.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.fagai.energy.EnergyType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the coefficient tables as they stand (two small queries; read afresh so an administrator's change applies at once). */
@Component
class FactorStore {

    private final JdbcClient jdbc;

    FactorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Factors current() {
        Map<EnergyType, Factors.TypeFactor> types = new EnumMap<>(EnergyType.class);
        jdbc.sql("SELECT code, coefficient, base_per_unit, co2_factor, source FROM energy_type").query(rs -> {
            types.put(EnergyType.valueOf(rs.getString(1)), new Factors.TypeFactor(rs.getBigDecimal(2), rs.getBigDecimal(3),
                    rs.getBigDecimal(4), rs.getString(5)));
        });
        TreeMap<Integer, Factors.YearFactor> years = new TreeMap<>();
        jdbc.sql("SELECT year, grid_factor, electricity_equivalent, source FROM energy_year_factor").query(rs -> {
            years.put(rs.getInt(1), new Factors.YearFactor(rs.getInt(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getString(4)));
        });
        return new Factors(types, years);
    }
}
