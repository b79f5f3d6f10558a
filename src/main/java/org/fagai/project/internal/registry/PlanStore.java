package org.fagai.project.internal.registry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.fagai.project.ProjectLevel;
import org.fagai.project.ProjectNature;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The yearly key-project lists. */
@Repository
public class PlanStore {

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void upsert(long projectId, PlanLine plan) {
        jdbc.sql("""
                INSERT INTO project_plan (project_id, year, level, nature, planned_investment) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (project_id, year, level)
                DO UPDATE SET nature = excluded.nature, planned_investment = excluded.planned_investment""")
                .params(projectId, plan.year(), plan.level().name(), plan.nature().name(), plan.plannedInvestment())
                .update();
    }

    public List<PlanLine> plans(long projectId) {
        return jdbc.sql("SELECT year, level, nature, planned_investment FROM project_plan WHERE project_id = ? ORDER BY year DESC, level")
                .param(projectId)
                .query((rs, i) -> new PlanLine(rs.getInt("year"), ProjectLevel.valueOf(rs.getString("level")),
                        ProjectNature.valueOf(rs.getString("nature")), rs.getBigDecimal("planned_investment")))
                .list();
    }

    /** The year's plan that counts ({@link CountedPlan}). */
    public Optional<BigDecimal> annualPlan(long projectId, int year) {
        return jdbc.sql("SELECT planned_investment FROM project_plan WHERE project_id = ? AND year = ? ORDER BY "
                        + CountedPlan.PRECEDENCE + " LIMIT 1")
                .params(projectId, year).query(BigDecimal.class).optional();
    }
}
