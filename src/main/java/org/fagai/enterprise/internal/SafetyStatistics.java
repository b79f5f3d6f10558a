package org.fagai.enterprise.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A month's inspections done vs planned and its hazards found, rectified (closed), on time and reopened, in scope. */
@Component
class SafetyStatistics {

    private final JdbcClient jdbc;
    private final EnterpriseAccess access;

    SafetyStatistics(JdbcClient jdbc, EnterpriseAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    record Stats(String month, long planned, long inspected, long hazards, long major, long closed, long closedOnTime,
                 long reopened, long open) {
    }

    @Transactional(readOnly = true)
    Stats month(YearMonth month) {
        var user = access.handler();
        List<Object> planParams = new ArrayList<>(List.of(month.atDay(1)));
        String planScope = EnterpriseAccess.scope(user, "p", planParams);
        long planned = jdbc.sql("SELECT coalesce(sum(p.planned), 0) FROM safety_plan p WHERE p.month = ? AND " + planScope)
                .params(planParams).query(Long.class).single();
        List<Object> params = new ArrayList<>(List.of(month.atDay(1), month.atEndOfMonth()));
        String scope = EnterpriseAccess.scope(user, "i", params);
        long inspected = jdbc.sql("SELECT count(DISTINCT i.credit_code) FROM safety_inspection i WHERE i.inspected_on BETWEEN ? AND ? AND "
                + scope).params(params).query(Long.class).single();
        return jdbc.sql("""
                        SELECT count(*), count(*) FILTER (WHERE h.level = 'MAJOR'), count(*) FILTER (WHERE h.state = 'CLOSED'),
                               count(*) FILTER (WHERE h.on_time), count(*) FILTER (WHERE h.reopened_count > 0),
                               count(*) FILTER (WHERE h.state <> 'CLOSED')
                        FROM safety_hazard h JOIN safety_inspection i ON i.id = h.inspection_id
                        WHERE i.inspected_on BETWEEN ? AND ? AND\s""" + scope)
                .params(params)
                .query((rs, n) -> new Stats(month.toString(), planned, inspected, rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6))).single();
    }

    List<Long> hazardsOf(long inspectionId) {
        return jdbc.sql("SELECT id FROM safety_hazard WHERE inspection_id = ? ORDER BY id").param(inspectionId).query(Long.class).list();
    }
}
