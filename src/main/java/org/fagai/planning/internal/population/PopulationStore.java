package org.fagai.planning.internal.population;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The population tables: district targets with their town split, and the towns' actuals. */
@Repository
class PopulationStore {

    record Target(long id, String regionCode, int year, PopulationKind kind, long total, String method) {
    }

    /** A town's resident population at the end of a quarter (0: the year). */
    record Actual(long value, int quarter) {
    }

    private final JdbcClient jdbc;

    PopulationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Target> target(String region, int year) {
        return jdbc.sql("SELECT * FROM population_target WHERE region_code = ? AND year = ?").params(region, year)
                .query((rs, n) -> new Target(rs.getLong("id"), rs.getString("region_code"), rs.getInt("year"),
                        PopulationKind.valueOf(rs.getString("kind")), rs.getLong("total"), rs.getString("method")))
                .optional();
    }

    /** Replaces the district's target of the year and its split in one go. */
    long save(PopulationSplit split, String by) {
        long id = jdbc.sql("""
                        INSERT INTO population_target (region_code, year, kind, total, method, updated_by) VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (region_code, year) DO UPDATE SET kind = EXCLUDED.kind, total = EXCLUDED.total,
                            method = EXCLUDED.method, updated_by = EXCLUDED.updated_by, updated_at = now()
                        RETURNING id""")
                .params(split.regionCode(), split.year(), split.kind().name(), split.total(), split.method(), by)
                .query(Long.class).single();
        jdbc.sql("DELETE FROM population_town_target WHERE target_id = ?").param(id).update();
        split.towns().forEach((town, target) -> jdbc.sql("INSERT INTO population_town_target (target_id, town_code, target) VALUES (?, ?, ?)")
                .params(id, town, target).update());
        return id;
    }

    Map<String, Long> townTargets(long targetId) {
        Map<String, Long> targets = new LinkedHashMap<>();
        jdbc.sql("SELECT town_code, target FROM population_town_target WHERE target_id = ? ORDER BY town_code").param(targetId)
                .query((rs, n) -> targets.put(rs.getString(1), rs.getLong(2))).list();
        return targets;
    }

    /** Each town's latest actual of the year: the year-end figure if entered, else the latest quarter. */
    Map<String, Actual> latest(java.util.Collection<String> towns, int year) {
        Map<String, Actual> actuals = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (town_code) town_code, value, quarter FROM population_actual
                        WHERE town_code = ANY(?) AND year = ?
                        ORDER BY town_code, CASE WHEN quarter = 0 THEN 5 ELSE quarter END DESC""")
                .params(towns.toArray(String[]::new), year)
                .query((rs, n) -> actuals.put(rs.getString(1), new Actual(rs.getLong(2), rs.getInt(3)))).list();
        return actuals;
    }

    void saveActual(String town, int year, int quarter, long value, String by) {
        jdbc.sql("""
                        INSERT INTO population_actual (town_code, year, quarter, value, entered_by) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (town_code, year, quarter) DO UPDATE SET value = EXCLUDED.value, entered_by = EXCLUDED.entered_by,
                            entered_at = now()""")
                .params(town, year, quarter, value, by).update();
    }
}
