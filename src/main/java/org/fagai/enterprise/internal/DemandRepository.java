package org.fagai.enterprise.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fagai.shared.ConflictException;
import org.fagai.shared.StoredText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and stores {@link Demand}s; a concurrent change of the same demand is a 409 (optimistic version). */
@Repository
class DemandRepository {

    private final JdbcClient jdbc;

    DemandRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String creditCode, String regionCode, DemandCategory category, String content, String raisedBy,
                Channel channel, Long visitId, Urgency urgency, LocalDate raisedOn, String createdBy) {
        return jdbc.sql("""
                        INSERT INTO enterprise_demand (credit_code, region_code, category, content, raised_by, channel, visit_id,
                                                       urgency, state, raised_on, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?) RETURNING id""")
                .params(creditCode, regionCode, category.name(), content, raisedBy, channel.name(), visitId, urgency.name(),
                        raisedOn, createdBy)
                .query(Long.class).single();
    }

    Optional<Demand> find(long id) {
        return jdbc.sql("SELECT * FROM enterprise_demand WHERE id = ?").param(id).query(DemandRepository::demand).optional();
    }

    List<Demand> forItem(long itemId) {
        return jdbc.sql("SELECT * FROM enterprise_demand WHERE item_id = ?").param(itemId).query(DemandRepository::demand).list();
    }

    void save(Demand d) {
        int updated = jdbc.sql("""
                        UPDATE enterprise_demand SET state = ?, department_id = ?, lead_person_id = ?, working_days = ?,
                          routed_on = ?, deadline = ?, item_id = ?, signed_on = ?, responded_in_time = ?, answer = ?,
                          answered_on = ?, reopened = ?, first_satisfaction = ?, satisfaction = ?, resolved = ?, satisfied = ?,
                          return_note = ?, return_visited_on = ?, closed_on = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(d.state.name(), d.departmentId, d.leadPersonId, d.workingDays, d.routedOn, d.deadline, d.itemId,
                        d.signedOn, d.respondedInTime, d.answer, d.answeredOn, d.reopened, name(d.firstSatisfaction),
                        name(d.satisfaction), d.resolved, d.satisfaction == null ? null : d.satisfaction.satisfied(),
                        d.returnNote, d.returnVisitedOn, d.closedOn, d.id, d.version)
                .update();
        if (updated == 0) {
            throw new ConflictException("version", StoredText.of("enterprise.error.demandStale"));
        }
        d.version++;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    static Demand demand(ResultSet rs, int row) throws SQLException {
        Demand d = new Demand(rs.getLong("id"), rs.getString("credit_code"), rs.getString("region_code"),
                DemandCategory.valueOf(rs.getString("category")), rs.getString("content"),
                Urgency.valueOf(rs.getString("urgency")), DemandState.valueOf(rs.getString("state")));
        d.departmentId = rs.getObject("department_id", Long.class);
        d.leadPersonId = rs.getObject("lead_person_id", Long.class);
        d.workingDays = rs.getObject("working_days", Integer.class);
        d.routedOn = rs.getObject("routed_on", LocalDate.class);
        d.deadline = rs.getObject("deadline", LocalDate.class);
        d.itemId = rs.getObject("item_id", Long.class);
        d.signedOn = rs.getObject("signed_on", LocalDate.class);
        d.respondedInTime = rs.getObject("responded_in_time", Boolean.class);
        d.answer = rs.getString("answer");
        d.answeredOn = rs.getObject("answered_on", LocalDate.class);
        d.reopened = rs.getBoolean("reopened");
        d.firstSatisfaction = rs.getString("first_satisfaction") == null ? null : Satisfaction.valueOf(rs.getString("first_satisfaction"));
        d.satisfaction = rs.getString("satisfaction") == null ? null : Satisfaction.valueOf(rs.getString("satisfaction"));
        d.resolved = rs.getObject("resolved", Boolean.class);
        d.returnNote = rs.getString("return_note");
        d.returnVisitedOn = rs.getObject("return_visited_on", LocalDate.class);
        d.closedOn = rs.getObject("closed_on", LocalDate.class);
        d.version = rs.getInt("version");
        return d;
    }
}
