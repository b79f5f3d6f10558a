package org.fagai.planning.internal.plan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.fagai.planning.PlanSummary;
import org.fagai.planning.internal.Direction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plan tables: plans, their indicators and the entered yearly actuals. */
@Repository
class FiveYearPlanStore {

    private final JdbcClient jdbc;

    FiveYearPlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertPlan(String name, String region, int fromYear, int toYear, String by) {
        return jdbc.sql("""
                        INSERT INTO planning_plan (name, region_code, from_year, to_year, created_by) VALUES (?, ?, ?, ?, ?)
                        RETURNING id""")
                .params(name, region, fromYear, toYear, by).query(Long.class).single();
    }

    boolean nameTaken(String region, String name) {
        return jdbc.sql("SELECT count(*) FROM planning_plan WHERE region_code = ? AND name = ?").params(region, name)
                .query(Integer.class).single() > 0;
    }

    long insertIndicator(long planId, PlanIndicator i) {
        return jdbc.sql("""
                        INSERT INTO planning_plan_indicator (plan_id, code, name, group_name, seq, binding, unit, direction,
                            target_kind, target, path, base_value, source_indicator)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(planId, i.code(), i.name(), i.group(), i.seq(), i.binding(), i.unit(), i.direction().name(),
                        i.kind().name(), i.target(), i.path().name(), i.baseValue(), i.sourceIndicator())
                .query(Long.class).single();
    }

    List<PlanSummary> summaries() {
        return jdbc.sql("SELECT id, name, region_code, from_year, to_year FROM planning_plan ORDER BY from_year DESC, region_code, id")
                .query((rs, n) -> summary(rs)).list();
    }

    Optional<PlanSummary> summary(long id) {
        return jdbc.sql("SELECT id, name, region_code, from_year, to_year FROM planning_plan WHERE id = ?").param(id)
                .query((rs, n) -> summary(rs)).optional();
    }

    List<PlanIndicator> indicators(PlanSummary plan) {
        return jdbc.sql("""
                        SELECT * FROM planning_plan_indicator WHERE plan_id = ?
                        ORDER BY min(seq) OVER (PARTITION BY group_name), group_name, seq, id""")
                .param(plan.id())
                .query((rs, n) -> new PlanIndicator(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("group_name"), rs.getInt("seq"), rs.getBoolean("binding"), rs.getString("unit"),
                        Direction.valueOf(rs.getString("direction")), TargetKind.valueOf(rs.getString("target_kind")),
                        rs.getBigDecimal("target"), PathShape.valueOf(rs.getString("path")), rs.getBigDecimal("base_value"),
                        rs.getString("source_indicator"), plan.fromYear(), plan.toYear()))
                .list();
    }

    List<YearActual> actuals(long indicatorId) {
        return jdbc.sql("SELECT year, value, growth FROM planning_plan_actual WHERE indicator_id = ? ORDER BY year")
                .param(indicatorId)
                .query((rs, n) -> new YearActual(rs.getInt("year"), rs.getBigDecimal("value"), rs.getBigDecimal("growth")))
                .list();
    }

    void saveActual(long indicatorId, int year, BigDecimal value, BigDecimal growth, String by) {
        jdbc.sql("""
                        INSERT INTO planning_plan_actual (indicator_id, year, value, growth, updated_by) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (indicator_id, year) DO UPDATE SET value = EXCLUDED.value, growth = EXCLUDED.growth,
                            updated_by = EXCLUDED.updated_by, updated_at = now()""")
                .params(indicatorId, year, value, growth, by).update();
    }

    private static PlanSummary summary(ResultSet rs) throws SQLException {
        return new PlanSummary(rs.getLong("id"), rs.getString("name"), rs.getString("region_code"), rs.getInt("from_year"),
                rs.getInt("to_year"));
    }
}
