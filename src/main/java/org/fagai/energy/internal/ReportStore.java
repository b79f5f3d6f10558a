package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fagai.energy.EnergyFiguresChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores reports with their converted figures in a few set-based statements (one report or an import of thousands
 * alike): upsert by enterprise and month, replace the items, then judge the plausibility flags of the stored months and
 * of the months after them.
 */
@Component
class ReportStore {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ReportStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
    }

    record Converted(CleanReport report, Conversion.Figures figures) {
    }

    record Saved(long id, String creditCode, YearMonth month, boolean created) {
    }

    List<Saved> save(List<Converted> reports, String username) {
        events.publishEvent(new EnergyFiguresChanged("REPORTS"));
        int n = reports.size();
        String[] codes = new String[n];
        String[] names = new String[n];
        String[] regions = new String[n];
        String[] counties = new String[n];
        Integer[] years = new Integer[n];
        Integer[] months = new Integer[n];
        String[] outputs = new String[n];
        String[][] figures = new String[7][n];
        Integer[] factorYears = new Integer[n];
        for (int i = 0; i < n; i++) {
            CleanReport r = reports.get(i).report();
            Conversion.Figures f = reports.get(i).figures();
            codes[i] = r.creditCode();
            names[i] = r.enterpriseName();
            regions[i] = r.regionCode();
            counties[i] = r.countyCode();
            years[i] = r.month().getYear();
            months[i] = r.month().getMonthValue();
            outputs[i] = text(r.outputValue());
            figures[0][i] = text(f.tce());
            figures[1][i] = text(f.tceRaw());
            figures[2][i] = text(f.tceNonFossil());
            figures[3][i] = text(f.tceControlled());
            figures[4][i] = text(f.tceEquivalent());
            figures[5][i] = text(f.co2());
            factorYears[i] = f.factorYear();
        }
        List<Saved> saved = jdbc.sql("""
                        INSERT INTO energy_report (credit_code, enterprise_name, region_code, county_code, year, month, output_value,
                          tce, tce_raw, tce_non_fossil, tce_controlled, tce_equivalent, co2, factor_year, created_by, updated_by)
                        SELECT c, nm, rg, ct, y, m, o, t, tr, tn, tc, te, co, fy, ?, ?
                        FROM unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::int[], ?::int[], ?::numeric[],
                                    ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::int[])
                             AS u(c, nm, rg, ct, y, m, o, t, tr, tn, tc, te, co, fy)
                        ON CONFLICT (credit_code, year, month) DO UPDATE SET enterprise_name = EXCLUDED.enterprise_name,
                          region_code = EXCLUDED.region_code, county_code = EXCLUDED.county_code, output_value = EXCLUDED.output_value,
                          tce = EXCLUDED.tce, tce_raw = EXCLUDED.tce_raw, tce_non_fossil = EXCLUDED.tce_non_fossil,
                          tce_controlled = EXCLUDED.tce_controlled, tce_equivalent = EXCLUDED.tce_equivalent, co2 = EXCLUDED.co2,
                          factor_year = EXCLUDED.factor_year, updated_at = now(), updated_by = EXCLUDED.updated_by
                        RETURNING id, credit_code, year, month, (xmax = 0) AS created""")
                .params(username, username, codes, names, regions, counties, years, months, outputs, figures[0], figures[1],
                        figures[2], figures[3], figures[4], figures[5], factorYears)
                .query((rs, i) -> new Saved(rs.getLong(1), rs.getString(2), YearMonth.of(rs.getInt(3), rs.getInt(4)),
                        rs.getBoolean(5)))
                .list();
        Map<String, Long> ids = new HashMap<>();
        saved.forEach(s -> ids.put(s.creditCode() + "/" + s.month(), s.id()));
        Long[] reportIds = saved.stream().map(Saved::id).toArray(Long[]::new);
        jdbc.sql("DELETE FROM energy_report_item WHERE report_id = ANY(?::bigint[])").params((Object) reportIds).update();
        List<Long> itemReport = new ArrayList<>();
        List<String> type = new ArrayList<>();
        List<String> amount = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        List<String> nonFossil = new ArrayList<>();
        List<String> tce = new ArrayList<>();
        List<String> co2 = new ArrayList<>();
        for (Converted c : reports) {
            long id = ids.get(c.report().creditCode() + "/" + c.report().month());
            for (int i = 0; i < c.report().items().size(); i++) {
                Conversion.Item item = c.report().items().get(i);
                Conversion.ItemFigures f = c.figures().items().get(i);
                itemReport.add(id);
                type.add(item.type().name());
                amount.add(text(item.amount()));
                raw.add(text(item.rawMaterial()));
                nonFossil.add(text(item.nonFossil()));
                tce.add(text(f.tce()));
                co2.add(text(f.co2()));
            }
        }
        jdbc.sql("""
                        INSERT INTO energy_report_item (report_id, type, amount, raw_material, non_fossil, tce, co2)
                        SELECT * FROM unnest(?::bigint[], ?::varchar[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[])""")
                .params(itemReport.toArray(Long[]::new), type.toArray(String[]::new), amount.toArray(String[]::new),
                        raw.toArray(String[]::new), nonFossil.toArray(String[]::new), tce.toArray(String[]::new),
                        co2.toArray(String[]::new))
                .update();
        judge(saved);
        return saved;
    }

    /** Sets the plausibility flags of the saved months and of the month after each (whose "previous month" changed). */
    void judge(Collection<Saved> saved) {
        if (saved.isEmpty()) {
            return;
        }
        Set<String> codes = new HashSet<>();
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        for (Saved s : saved) {
            codes.add(s.creditCode());
            from = Math.min(from, index(s.month()));
            to = Math.max(to, index(s.month()));
        }
        Map<String, Map<Integer, BigDecimal>> tce = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        jdbc.sql("""
                        SELECT credit_code, year * 12 + month - 1, tce FROM energy_report
                        WHERE credit_code = ANY(?::varchar[]) AND year * 12 + month - 1 BETWEEN ? AND ?""")
                .params(codes.toArray(String[]::new), from - 1, to + 1)
                .query(rs -> {
                    tce.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getBigDecimal(3));
                });
        jdbc.sql("SELECT credit_code, min(year * 12 + month - 1) FROM energy_report WHERE credit_code = ANY(?::varchar[]) GROUP BY 1")
                .params((Object) codes.toArray(String[]::new))
                .query(rs -> {
                    first.put(rs.getString(1), rs.getInt(2));
                });
        Map<String, Object[]> flags = new LinkedHashMap<>();
        for (Saved s : saved) {
            for (int month = index(s.month()); month <= index(s.month()) + 1; month++) {
                Map<Integer, BigDecimal> series = tce.getOrDefault(s.creditCode(), Map.of());
                BigDecimal current = series.get(month);
                if (current == null) {
                    continue;
                }
                BigDecimal previous = series.get(month - 1);
                boolean spike = ReportChecks.spike(previous, current);
                boolean missing = ReportChecks.previousMissing(previous != null, first.getOrDefault(s.creditCode(), month) < month);
                flags.put(s.creditCode() + "/" + month, new Object[] {s.creditCode(), month, spike, missing});
            }
        }
        jdbc.sql("""
                        UPDATE energy_report r SET spike = u.s, previous_missing = u.p
                        FROM unnest(?::varchar[], ?::int[], ?::boolean[], ?::boolean[]) AS u(c, ym, s, p)
                        WHERE r.credit_code = u.c AND r.year * 12 + r.month - 1 = u.ym AND (r.spike <> u.s OR r.previous_missing <> u.p)""")
                .params(flags.values().stream().map(f -> (String) f[0]).toArray(String[]::new),
                        flags.values().stream().map(f -> (Integer) f[1]).toArray(Integer[]::new),
                        flags.values().stream().map(f -> (Boolean) f[2]).toArray(Boolean[]::new),
                        flags.values().stream().map(f -> (Boolean) f[3]).toArray(Boolean[]::new))
                .update();
    }

    static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
