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

/** Loads and stores {@link Hazard}s (optimistic version: a concurrent change is a 409). */
@Repository
class HazardRepository {

    private final JdbcClient jdbc;

    HazardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Hazard> find(long id) {
        return jdbc.sql("SELECT * FROM safety_hazard WHERE id = ?").param(id).query(HazardRepository::map).optional();
    }

    List<Hazard> forItem(long itemId) {
        return jdbc.sql("SELECT * FROM safety_hazard WHERE item_id = ?").param(itemId).query(HazardRepository::map).list();
    }

    void save(Hazard h) {
        int n = jdbc.sql("""
                        UPDATE safety_hazard SET state = ?, notice_number = ?, measures = ?, notice_working_days = ?,
                          notice_issued_on = ?, deadline = ?, item_id = ?, rectification = ?, evidence = ?, rectified_on = ?,
                          closed_on = ?, on_time = ?, reopened_count = ?, follow_up_due = ?, followed_up_on = ?,
                          follow_up_result = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(h.state.name(), h.noticeNumber, h.measures, h.noticeWorkingDays, h.noticeIssuedOn, h.deadline,
                        h.itemId, h.rectification, h.evidence, h.rectifiedOn, h.closedOn, h.onTime, h.reopenedCount,
                        h.followUpDue, h.followedUpOn, h.followUpResult, h.id, h.version)
                .update();
        if (n == 0) {
            throw new ConflictException("version", StoredText.of("enterprise.error.hazardStale"));
        }
        h.version++;
    }

    static Hazard map(ResultSet rs, int row) throws SQLException {
        Hazard h = new Hazard(rs.getLong("id"), rs.getString("credit_code"), rs.getString("region_code"),
                rs.getString("description"), rs.getString("level"), HazardState.valueOf(rs.getString("state")));
        h.noticeNumber = rs.getString("notice_number");
        h.measures = rs.getString("measures");
        h.noticeWorkingDays = rs.getObject("notice_working_days", Integer.class);
        h.noticeIssuedOn = rs.getObject("notice_issued_on", LocalDate.class);
        h.deadline = rs.getObject("deadline", LocalDate.class);
        h.itemId = rs.getObject("item_id", Long.class);
        h.rectification = rs.getString("rectification");
        h.evidence = rs.getString("evidence");
        h.rectifiedOn = rs.getObject("rectified_on", LocalDate.class);
        h.closedOn = rs.getObject("closed_on", LocalDate.class);
        h.onTime = rs.getObject("on_time", Boolean.class);
        h.reopenedCount = rs.getInt("reopened_count");
        h.followUpDue = rs.getBoolean("follow_up_due");
        h.followedUpOn = rs.getObject("followed_up_on", LocalDate.class);
        h.followUpResult = rs.getString("follow_up_result");
        h.version = rs.getInt("version");
        return h;
    }
}
