package org.fagai.supervision.internal;

import org.fagai.shared.StoredText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fagai.organization.UserDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statistics of a year's items by area, lead unit, source and month of assignment: assigned, closed, closed on time,
 * overdue (stored colour red), 办结率 = closed / assigned, 按期办结率 = closed on time / closed. Cancelled items do not count.
 */
@Component
class SupervisionStatistics {

    record Row(String key, String label, long assigned, long closed, long closedOnTime, long overdue, BigDecimal closedRate,
               BigDecimal onTimeRate) {
    }

    record Report(int year, List<Row> byArea, List<Row> byUnit, List<Row> bySource, List<Row> byMonth, Row total) {
    }

    private static final String COUNTS = "count(*) AS assigned, count(*) FILTER (WHERE i.state = 'CLOSED') AS closed,"
            + " count(*) FILTER (WHERE i.closed_on_time) AS on_time, count(*) FILTER (WHERE i.colour = 'RED') AS overdue";

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final Names names;
    private final Areas areas;

    SupervisionStatistics(JdbcClient jdbc, UserDirectory users, Names names, Areas areas) {
        this.jdbc = jdbc;
        this.users = users;
        this.names = names;
        this.areas = areas;
    }

    @Transactional(readOnly = true)
    Report report(int year) {
        if (year < 2000 || year > 2100) {
            throw org.fagai.shared.FieldErrors.of("year", org.fagai.shared.StoredText.of("supervision.error.year", year));
        }
        Names.Lookup lookup = names.lookup();
        Map<Integer, String> areaNames = areas.of(year);
        List<Row> byArea = rows(year, "coalesce(i.area, 0)::text", k -> k.equals("0") ? "—" : areaNames.getOrDefault(Integer.valueOf(k), "（" + k + "）"));
        List<Row> byUnit = rows(year, "i.lead_unit_id::text", k -> lookup.unit(Long.valueOf(k)));
        List<Row> bySource = rows(year, "i.source_type", k -> k);
        List<Row> byMonth = rows(year, "lpad(extract(month FROM i.assigned_on)::text, 2, '0')", k -> Integer.parseInt(k) + "月");
        List<Row> total = rows(year, "'total'", k -> "合计");
        return new Report(year, byArea, byUnit, bySource, byMonth,
                total.isEmpty() ? new Row("total", "合计", 0, 0, 0, 0, null, null) : total.get(0));
    }

    private List<Row> rows(int year, String key, java.util.function.Function<String, String> label) {
        List<Object> params = new ArrayList<>();
        String scope = new ItemScope(users.requireCurrent()).sql(params);
        params.add(0, year);
        return jdbc.sql("SELECT " + key + " AS k, " + COUNTS + " FROM supervision_item i WHERE i.year = ? AND i.state <> 'CANCELLED' AND "
                        + scope + " GROUP BY 1 ORDER BY 1")
                .params(params)
                .query((rs, n) -> {
                    long assigned = rs.getLong("assigned");
                    long closed = rs.getLong("closed");
                    long onTime = rs.getLong("on_time");
                    return new Row(rs.getString("k"), label.apply(rs.getString("k")), assigned, closed, onTime, rs.getLong("overdue"),
                            ProblemLists.rate(closed, assigned), ProblemLists.rate(onTime, closed));
                }).list();
    }
}
