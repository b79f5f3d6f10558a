package org.fagai.energy.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fagai.enterprise.EnterpriseFlag;
import org.fagai.enterprise.EnterpriseRegistry;
import org.fagai.enterprise.EnterpriseView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who should have reported a month and has not: the registry's 重点用能单位 and 规上工业 enterprises of that year in the
 * region, by their flags of that month's year.
 */
@Component
class MissingReports {

    record Missing(String creditCode, String name, String regionCode, String regionName, boolean keyEnergy) {
    }

    private final EnterpriseRegistry registry;
    private final JdbcClient jdbc;

    MissingReports(EnterpriseRegistry registry, JdbcClient jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
    }

    /** The enterprises expected to report in a year in a region, key energy users first. */
    Set<String> expected(String regionCode, int year) {
        Set<String> codes = new LinkedHashSet<>(registry.withFlag(EnterpriseFlag.KEY_ENERGY, year, regionCode));
        codes.addAll(registry.withFlag(EnterpriseFlag.ABOVE_SCALE_INDUSTRY, year, regionCode));
        return codes;
    }

    List<Missing> of(String regionCode, YearMonth month) {
        Set<String> keyEnergy = new HashSet<>(registry.withFlag(EnterpriseFlag.KEY_ENERGY, month.getYear(), regionCode));
        Set<String> expected = expected(regionCode, month.getYear());
        if (expected.isEmpty()) {
            return List.of();
        }
        Set<String> reported = new HashSet<>(jdbc.sql("""
                        SELECT credit_code FROM energy_report WHERE credit_code = ANY(?::varchar[]) AND year = ? AND month = ?""")
                .params(expected.toArray(String[]::new), month.getYear(), month.getMonthValue()).query(String.class).list());
        List<String> missing = expected.stream().filter(c -> !reported.contains(c)).toList();
        Map<String, EnterpriseView> views = registry.findAll(missing);
        List<Missing> result = new ArrayList<>();
        for (String code : missing) {
            EnterpriseView e = views.get(code);
            if (e != null) {
                result.add(new Missing(code, e.name(), e.regionCode(), e.regionName(), keyEnergy.contains(code)));
            }
        }
        return result;
    }

    long count(String regionCode, YearMonth month) {
        Set<String> expected = expected(regionCode, month.getYear());
        if (expected.isEmpty()) {
            return 0;
        }
        long reported = jdbc.sql("""
                        SELECT count(*) FROM energy_report WHERE credit_code = ANY(?::varchar[]) AND year = ? AND month = ?""")
                .params(expected.toArray(String[]::new), month.getYear(), month.getMonthValue()).query(Long.class).single();
        return expected.size() - reported;
    }
}
