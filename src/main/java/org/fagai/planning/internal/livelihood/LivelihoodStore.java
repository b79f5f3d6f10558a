package org.fagai.planning.internal.livelihood;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fagai.planning.internal.Direction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The 七有五性 tables: the monitoring system, the rounds and the reported values. */
@Repository
class LivelihoodStore {

    private final JdbcClient jdbc;

    LivelihoodStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Scoring.Dimension> dimensions() {
        return jdbc.sql("SELECT code, name, family FROM livelihood_dimension ORDER BY seq")
                .query((rs, n) -> new Scoring.Dimension(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    List<Scoring.Indicator> indicators() {
        return jdbc.sql("""
                        SELECT i.* FROM livelihood_indicator i JOIN livelihood_dimension d ON d.code = i.dimension_code
                        WHERE i.enabled ORDER BY d.seq, i.seq, i.id""")
                .query((rs, n) -> new Scoring.Indicator(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("dimension_code"), rs.getString("unit"), Direction.valueOf(rs.getString("direction")),
                        rs.getBigDecimal("weight"), rs.getBigDecimal("target"), rs.getString("member_unit")))
                .list();
    }

    boolean indicatorCodeTaken(String code) {
        return jdbc.sql("SELECT count(*) FROM livelihood_indicator WHERE code = ?").param(code).query(Integer.class).single() > 0;
    }

    void insertIndicator(Scoring.Indicator i, int seq) {
        jdbc.sql("""
                        INSERT INTO livelihood_indicator (code, dimension_code, name, unit, direction, weight, target, member_unit, seq)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(i.code(), i.dimension(), i.name(), i.unit(), i.direction().name(), i.weight(), i.target(), i.memberUnit(), seq)
                .update();
    }

    Optional<Round> round(String parent, int year, int half) {
        return jdbc.sql("SELECT * FROM livelihood_round WHERE parent_code = ? AND year = ? AND half = ?").params(parent, year, half)
                .query((rs, n) -> new Round(rs.getLong("id"), rs.getString("parent_code"), rs.getInt("year"), rs.getInt("half"),
                        rs.getObject("due_on", LocalDate.class)))
                .optional();
    }

    List<Round> rounds(String parent) {
        return jdbc.sql("SELECT * FROM livelihood_round WHERE parent_code = ? ORDER BY year DESC, half DESC").param(parent)
                .query((rs, n) -> new Round(rs.getLong("id"), rs.getString("parent_code"), rs.getInt("year"), rs.getInt("half"),
                        rs.getObject("due_on", LocalDate.class)))
                .list();
    }

    long insertRound(String parent, int year, int half, LocalDate dueOn, String by) {
        return jdbc.sql("INSERT INTO livelihood_round (parent_code, year, half, due_on, created_by) VALUES (?, ?, ?, ?, ?) RETURNING id")
                .params(parent, year, half, dueOn, by).query(Long.class).single();
    }

    /** Every value of a round: indicator id → region code → value. */
    Map<Long, Map<String, BigDecimal>> values(long roundId) {
        Map<Long, Map<String, BigDecimal>> values = new HashMap<>();
        jdbc.sql("SELECT indicator_id, region_code, value FROM livelihood_value WHERE round_id = ?").param(roundId)
                .query((rs, n) -> values.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3)))
                .list();
        return values;
    }

    void saveValue(long roundId, long indicatorId, String region, BigDecimal value, String by) {
        jdbc.sql("""
                        INSERT INTO livelihood_value (round_id, indicator_id, region_code, value, reported_by) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (round_id, indicator_id, region_code) DO UPDATE SET value = EXCLUDED.value,
                            reported_by = EXCLUDED.reported_by, reported_at = now()""")
                .params(roundId, indicatorId, region, value, by).update();
    }
}
