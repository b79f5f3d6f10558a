package org.fagai.supervision.internal;

import java.math.BigDecimal;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.Percent;
import org.fagai.shared.RegionCode;
import org.fagai.supervision.SupervisionFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts the colour and on-time outcome each item stored; a problem counts in the region its measures are led in. */
@Service
class JdbcSupervisionFigures implements SupervisionFigures {

    private final JdbcClient jdbc;
    private final UserDirectory users;

    JdbcSupervisionFigures(JdbcClient jdbc, UserDirectory users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Figures figures(int year, String regionCode) {
        if (!users.requireCurrent().canSeeRegion(regionCode)) {
            throw new AccessDeniedException("地区 " + regionCode + " 不在您的管辖范围内");
        }
        String prefix = RegionCode.of(regionCode).scopePrefix() + "%";
        long[] problems = jdbc.sql("""
                        SELECT count(DISTINCT i.problem_id), count(*), count(*) FILTER (WHERE i.state = 'CLOSED')
                        FROM supervision_item i JOIN supervision_problem p ON p.id = i.problem_id
                        JOIN supervision_problem_list l ON l.id = p.list_id
                        WHERE l.year = ? AND i.region_code LIKE ?""")
                .params(year, prefix).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        return jdbc.sql("""
                        SELECT count(*) AS assigned,
                               count(*) FILTER (WHERE i.state <> 'CLOSED' AND i.colour = 'GREEN') AS green,
                               count(*) FILTER (WHERE i.state <> 'CLOSED' AND i.colour = 'YELLOW') AS yellow,
                               count(*) FILTER (WHERE i.state <> 'CLOSED' AND i.colour = 'RED') AS red,
                               count(*) FILTER (WHERE i.state = 'CLOSED') AS closed,
                               count(*) FILTER (WHERE i.closed_on_time) AS on_time
                        FROM supervision_item i WHERE i.year = ? AND i.state <> 'CANCELLED' AND i.region_code LIKE ?""")
                .params(year, prefix)
                .query((rs, n) -> {
                    long assigned = rs.getLong("assigned");
                    long closed = rs.getLong("closed");
                    long onTime = rs.getLong("on_time");
                    return new Figures(year, regionCode, assigned, rs.getLong("green"), rs.getLong("yellow"), rs.getLong("red"),
                            closed, onTime, Percent.of(BigDecimal.valueOf(closed), BigDecimal.valueOf(assigned)),
                            Percent.of(BigDecimal.valueOf(onTime), BigDecimal.valueOf(closed)), problems[0], problems[1],
                            problems[2]);
                }).single();
    }
}
