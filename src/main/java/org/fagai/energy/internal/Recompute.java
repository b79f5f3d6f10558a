package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.energy.EnergyFiguresChanged;
import org.fagai.energy.EnergyType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Converts stored reports again after an administrator changed a coefficient or a year's factors, in chunks, so the
 * stored figures the region sums read always follow the table in force.
 */
@Component
class Recompute {

    private static final int CHUNK = 2000;

    private final JdbcClient jdbc;
    private final FactorStore factors;
    private final ReportStore store;
    private final ApplicationEventPublisher events;

    Recompute(JdbcClient jdbc, FactorStore factors, ReportStore store, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.factors = factors;
        this.store = store;
    }

    /** The reports that contain this type. */
    int reportsWith(EnergyType type) {
        return run(jdbc.sql("SELECT DISTINCT report_id FROM energy_report_item WHERE type = ? ORDER BY 1").param(type.name())
                .query(Long.class).list());
    }

    /** The reports of the years from {@code from} to {@code to}, inclusive. */
    int reportsOfYears(int from, int to) {
        return run(jdbc.sql("SELECT id FROM energy_report WHERE year BETWEEN ? AND ? ORDER BY id").params(from, to)
                .query(Long.class).list());
    }

    private int run(List<Long> ids) {
        events.publishEvent(new EnergyFiguresChanged("FACTORS"));
        Factors current = factors.current();
        for (int start = 0; start < ids.size(); start += CHUNK) {
            chunk(current, ids.subList(start, Math.min(ids.size(), start + CHUNK)));
        }
        return ids.size();
    }

    private void chunk(Factors current, List<Long> ids) {
        Long[] idArray = ids.toArray(Long[]::new);
        Map<Long, Object[]> reports = new LinkedHashMap<>();
        jdbc.sql("SELECT id, credit_code, year, month FROM energy_report WHERE id = ANY(?::bigint[])").param(idArray)
                .query(rs -> {
                    reports.put(rs.getLong(1), new Object[] {rs.getString(2), rs.getInt(3), rs.getInt(4), new ArrayList<Conversion.Item>()});
                });
        jdbc.sql("SELECT report_id, type, amount, raw_material, non_fossil FROM energy_report_item WHERE report_id = ANY(?::bigint[]) ORDER BY report_id, type")
                .param(idArray)
                .query(rs -> {
                    @SuppressWarnings("unchecked")
                    List<Conversion.Item> items = (List<Conversion.Item>) reports.get(rs.getLong(1))[3];
                    items.add(new Conversion.Item(EnergyType.valueOf(rs.getString(2)), rs.getBigDecimal(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5)));
                });
        List<String[]> reportRows = new ArrayList<>();
        List<String[]> itemRows = new ArrayList<>();
        List<ReportStore.Saved> judged = new ArrayList<>();
        reports.forEach((id, r) -> {
            @SuppressWarnings("unchecked")
            List<Conversion.Item> items = (List<Conversion.Item>) r[3];
            Conversion.Figures f = Conversion.convert(current, (Integer) r[1], items);
            reportRows.add(new String[] {id.toString(), text(f.tce()), text(f.tceRaw()), text(f.tceNonFossil()),
                    text(f.tceControlled()), text(f.tceEquivalent()), text(f.co2()),
                    f.factorYear() == null ? null : f.factorYear().toString()});
            for (Conversion.ItemFigures item : f.items()) {
                itemRows.add(new String[] {id.toString(), item.type().name(), text(item.tce()), text(item.co2())});
            }
            judged.add(new ReportStore.Saved(id, (String) r[0], YearMonth.of((Integer) r[1], (Integer) r[2]), false));
        });
        jdbc.sql("""
                        UPDATE energy_report r SET tce = u.t, tce_raw = u.tr, tce_non_fossil = u.tn, tce_controlled = u.tc,
                          tce_equivalent = u.te, co2 = u.co, factor_year = u.fy
                        FROM unnest(?::bigint[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::int[])
                             AS u(id, t, tr, tn, tc, te, co, fy)
                        WHERE r.id = u.id""")
                .params(column(reportRows, 0), column(reportRows, 1), column(reportRows, 2), column(reportRows, 3),
                        column(reportRows, 4), column(reportRows, 5), column(reportRows, 6), column(reportRows, 7))
                .update();
        jdbc.sql("""
                        UPDATE energy_report_item i SET tce = u.t, co2 = u.co
                        FROM unnest(?::bigint[], ?::varchar[], ?::numeric[], ?::numeric[]) AS u(id, ty, t, co)
                        WHERE i.report_id = u.id AND i.type = u.ty""")
                .params(column(itemRows, 0), column(itemRows, 1), column(itemRows, 2), column(itemRows, 3))
                .update();
        store.judge(judged);
    }

    private static String[] column(List<String[]> rows, int c) {
        return rows.stream().map(r -> r[c]).toArray(String[]::new);
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
