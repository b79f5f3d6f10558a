package org.fagai.project.internal.rollingplan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.project.ProjectStage;
import org.fagai.project.internal.registry.ProjectRegistry;
import org.fagai.shared.Years;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an edition of the three-year rolling plan (三年滚动投资计划) in the user's scope: its rows, a page of them, and
 * its totals by year, region and sector. The writes are in {@link RollingPlanChanges}.
 */
@Service
class RollingPlanBook {

    record Page(int from, List<RollingPlanRow> rows, long total) {
    }

    /** A total line: what it groups by (a year, a region, a sector), its name, and the three years' sums (万元). */
    record Total(String key, String name, long projects, BigDecimal amountY0, BigDecimal amountY1, BigDecimal amountY2) {
    }

    record Totals(int from, Total all, List<Total> byRegion, List<Total> bySector) {
    }

    private static final String FROM = " " + """
             FROM project_rolling_plan rp JOIN project p ON p.id = rp.project_id
             LEFT JOIN region r ON r.code = p.region_code
             LEFT JOIN industry i ON i.code = p.industry_code LEFT JOIN industry s ON s.code = i.section
             WHERE rp.edition = ?""";

    private static final String COLUMNS = """
            SELECT p.code, p.name, p.region_code, r.name AS region_name, p.industry_code, s.name AS sector_name, p.stage,
                   p.owner_unit, p.location, p.scale_content, p.start_month, p.end_month, p.total_investment,
                   p.completed_before, rp.amount_y0, rp.amount_y1, rp.amount_y2, rp.rolled,
                   EXISTS (SELECT 1 FROM project_plan pl WHERE pl.project_id = p.id AND pl.year = rp.edition) AS selected""";

    private static final String SUMS = "count(*), coalesce(sum(rp.amount_y0), 0), coalesce(sum(rp.amount_y1), 0),"
            + " coalesce(sum(rp.amount_y2), 0)";

    private final JdbcClient jdbc;
    private final ProjectRegistry registry;
    private final AuditLog audit;

    RollingPlanBook(JdbcClient jdbc, ProjectRegistry registry, AuditLog audit) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    Page page(RollingPlanFilter filter, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        long total = jdbc.sql("SELECT count(*)" + FROM + where).params(params).query(Long.class).single();
        params.add(size);
        params.add((long) page * size);
        List<RollingPlanRow> rows = jdbc.sql(COLUMNS + FROM + where + " ORDER BY p.region_code, p.code LIMIT ? OFFSET ?")
                .params(params).query((rs, i) -> row(rs)).list();
        return new Page(filter.from(), rows, total);
    }

    /** Every row of the filter, for the export. */
    @Transactional(readOnly = true)
    void each(RollingPlanFilter filter, Consumer<RollingPlanRow> sink) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        jdbc.sql(COLUMNS + FROM + where + " ORDER BY p.region_code, p.code").params(params)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> sink.accept(row(rs)));
    }

    @Transactional(readOnly = true)
    Totals totals(RollingPlanFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        Total all = jdbc.sql("SELECT 'ALL', '', " + SUMS + FROM + where).params(params).query((rs, i) -> total(rs)).single();
        List<Total> byRegion = jdbc.sql("SELECT p.region_code, max(r.name), " + SUMS + FROM + where
                + " GROUP BY p.region_code ORDER BY p.region_code").params(params).query((rs, i) -> total(rs)).list();
        List<Total> bySector = jdbc.sql("SELECT coalesce(i.section, '-'), coalesce(max(s.name), '未分类'), " + SUMS + FROM + where
                + " GROUP BY i.section ORDER BY i.section NULLS LAST").params(params).query((rs, i) -> total(rs)).list();
        return new Totals(filter.from(), all, byRegion, bySector);
    }

    void exported(int from, int rows) {
        audit.record(AuditAction.EXPORT, "project_rolling_plan", String.valueOf(from), StoredText.of("project.audit.rollingPlan.export", from, (from + 2), rows));
    }

    private String where(RollingPlanFilter filter, List<Object> params) {
        Years.check("from", filter.from());
        params.add(filter.from());
        String scope = registry.scope().sql(params);
        return " AND " + scope + filter.sql(params);
    }

    private static Total total(ResultSet rs) throws SQLException {
        return new Total(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6));
    }

    private static RollingPlanRow row(ResultSet rs) throws SQLException {
        return new RollingPlanRow(rs.getString("code"), rs.getString("name"), rs.getString("region_code"), rs.getString("region_name"),
                rs.getString("industry_code"), rs.getString("sector_name"), ProjectStage.valueOf(rs.getString("stage")),
                rs.getString("owner_unit"), rs.getString("location"), rs.getString("scale_content"), month(rs, "start_month"),
                month(rs, "end_month"), rs.getBigDecimal("total_investment"), rs.getBigDecimal("completed_before"),
                rs.getBigDecimal("amount_y0"), rs.getBigDecimal("amount_y1"), rs.getBigDecimal("amount_y2"), rs.getBoolean("rolled"),
                rs.getBoolean("selected"));
    }

    private static YearMonth month(ResultSet rs, String column) throws SQLException {
        LocalDate date = rs.getObject(column, LocalDate.class);
        return date == null ? null : YearMonth.from(date);
    }
}
