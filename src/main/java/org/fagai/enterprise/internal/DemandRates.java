package org.fagai.enterprise.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The three rates of demands raised in a period (接诉即办 convention), in total and by department, category and month:
 * 响应率 = signed within 1 working day ÷ routed; 解决率 = resolved ÷ return-visited (closed);
 * 满意率 = 满意 or 基本满意 ÷ return-visited. Each count reads the outcome the demand stored; one grouped pass.
 */
@Component
class DemandRates {

    static final int MAX_DAYS = 3700;

    private final JdbcClient jdbc;
    private final DemandQueries queries;

    DemandRates(JdbcClient jdbc, DemandQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    record Row(String key, String label, long demands, long routed, long responded, long rated, long resolved,
               long satisfied, BigDecimal responseRate, BigDecimal resolutionRate, BigDecimal satisfactionRate) {
    }

    record Rates(LocalDate from, LocalDate to, long demands, BigDecimal responseRate, BigDecimal resolutionRate,
                 BigDecimal satisfactionRate, Row total, List<Row> byDepartment, List<Row> byCategory, List<Row> byMonth) {
    }

    static BigDecimal rate(long numerator, long denominator) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }

    Rates compute(LocalDate from, LocalDate to, CurrentUser user) {
        if (from == null || to == null) {
            throw FieldErrors.of(from == null ? "from" : "to", StoredText.of("enterprise.error.periodMissing"));
        }
        org.fagai.shared.Years.check("from", from.getYear());
        org.fagai.shared.Years.check("to", to.getYear());
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw FieldErrors.of("to", StoredText.of("enterprise.error.periodInvalid"));
        }
        List<Object> params = new ArrayList<>();
        params.add(from);
        params.add(to);
        String scope = EnterpriseAccess.scope(user, "d", params);
        DemandQueries.Names names = queries.names();
        Row[] total = new Row[1];
        List<Row> departments = new ArrayList<>();
        List<Row> categories = new ArrayList<>();
        List<Row> months = new ArrayList<>();
        jdbc.sql("""
                        SELECT GROUPING(d.department_id) AS gd, GROUPING(d.category) AS gc, GROUPING(to_char(d.raised_on, 'YYYY-MM')) AS gm,
                               d.department_id, d.category, to_char(d.raised_on, 'YYYY-MM') AS month,
                               count(*) AS demands, count(d.routed_on) AS routed,
                               count(*) FILTER (WHERE d.responded_in_time) AS responded, count(d.satisfaction) AS rated,
                               count(*) FILTER (WHERE d.resolved) AS resolved, count(*) FILTER (WHERE d.satisfied) AS satisfied
                        FROM enterprise_demand d WHERE d.raised_on BETWEEN ? AND ? AND """ + " " + scope + """

                        GROUP BY GROUPING SETS ((), (d.department_id), (d.category), (to_char(d.raised_on, 'YYYY-MM')))
                        ORDER BY 1, 2, 3, 4, 5, 6""")
                .params(params)
                .query((rs, n) -> {
                    boolean byDepartment = rs.getInt("gd") == 0;
                    boolean byCategory = rs.getInt("gc") == 0;
                    boolean byMonth = rs.getInt("gm") == 0;
                    String key;
                    String label;
                    if (byDepartment) {
                        Long id = rs.getObject("department_id", Long.class);
                        key = id == null ? "" : String.valueOf(id);
                        label = id == null ? queries.text("enterprise.rates.unrouted") : names.units().getOrDefault(id, key);
                    } else if (byCategory) {
                        key = rs.getString("category");
                        label = queries.categoryName(DemandCategory.valueOf(key));
                    } else if (byMonth) {
                        key = rs.getString("month");
                        label = key;
                    } else {
                        key = "";
                        label = queries.text("enterprise.rates.total");
                    }
                    Row row = row(key, label, rs.getLong("demands"), rs.getLong("routed"), rs.getLong("responded"),
                            rs.getLong("rated"), rs.getLong("resolved"), rs.getLong("satisfied"));
                    (byDepartment ? departments : byCategory ? categories : byMonth ? months : new ArrayList<Row>()).add(row);
                    if (!byDepartment && !byCategory && !byMonth) {
                        total[0] = row;
                    }
                    return row;
                }).list();
        Row sum = total[0] == null ? row("", queries.text("enterprise.rates.total"), 0, 0, 0, 0, 0, 0) : total[0];
        return new Rates(from, to, sum.demands(), sum.responseRate(), sum.resolutionRate(), sum.satisfactionRate(), sum,
                departments, categories, months);
    }

    static Row row(String key, String label, long demands, long routed, long responded, long rated, long resolved, long satisfied) {
        return new Row(key, label, demands, routed, responded, rated, resolved, satisfied, rate(responded, routed),
                rate(resolved, rated), rate(satisfied, rated));
    }
}
