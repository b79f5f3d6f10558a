package org.fagai.project.internal.registry;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /** Puts the project on a year's list unless it is already on that year's list of that level; whether it was added. */
    public boolean addIfAbsent(long projectId, PlanLine plan) {
        return jdbc.sql("""
                INSERT INTO project_plan (project_id, year, level, nature, planned_investment) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (project_id, year, level) DO NOTHING""")
                .params(projectId, plan.year(), plan.level().name(), plan.nature().name(), plan.plannedInvestment())
                .update() == 1;
    }

    /** Changes the planned investment of a list entry; the amount it had, empty when the project is not on that list. */
    public Optional<BigDecimal> changePlanned(long projectId, int year, ProjectLevel level, BigDecimal amount) {
        Optional<BigDecimal> old = jdbc.sql("SELECT planned_investment FROM project_plan WHERE project_id = ? AND year = ? AND level = ?"
                        + " FOR UPDATE").params(projectId, year, level.name()).query(BigDecimal.class).optional();
        old.ifPresent(o -> jdbc.sql("UPDATE project_plan SET planned_investment = ? WHERE project_id = ? AND year = ? AND level = ?")
                .params(amount, projectId, year, level.name()).update());
        return old;
    }

    public List<PlanLine> plans(long projectId) {
        return jdbc.sql("SELECT year, level, nature, planned_investment FROM project_plan WHERE project_id = ? ORDER BY year DESC, level")
                .param(projectId)
                .query((rs, i) -> new PlanLine(rs.getInt("year"), ProjectLevel.valueOf(rs.getString("level")),
                        ProjectNature.valueOf(rs.getString("nature")), rs.getBigDecimal("planned_investment")))
                .list();
    }

    /** For each of the projects, the years from {@code fromYear} to {@code toYear} in which it is on a list. */
    public Map<Long, Set<Integer>> listedYears(Collection<Long> projectIds, int fromYear, int toYear) {
        Map<Long, Set<Integer>> years = new HashMap<>();
        jdbc.sql("SELECT DISTINCT project_id, year FROM project_plan WHERE project_id = ANY(?) AND year BETWEEN ? AND ?")
                .params(projectIds.toArray(Long[]::new), fromYear, toYear)
                .query(rs -> {
                    years.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getInt(2));
                });
        return years;
    }

    /** The year's plan that counts ({@link CountedPlan}). */
    public Optional<BigDecimal> annualPlan(long projectId, int year) {
        return jdbc.sql("SELECT planned_investment FROM project_plan WHERE project_id = ? AND year = ? ORDER BY "
                        + CountedPlan.PRECEDENCE + " LIMIT 1")
                .params(projectId, year).query(BigDecimal.class).optional();
    }
}
