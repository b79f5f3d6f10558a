package org.fagai.approval.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fagai.approval.ApprovalFigures;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.Percent;
import org.fagai.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts the outcome each application stored: {@code on_time} at decision, {@code clock_state} while it runs. */
@Service
class JdbcApprovalFigures implements ApprovalFigures {

    private final JdbcClient jdbc;
    private final UserDirectory users;

    JdbcApprovalFigures(JdbcClient jdbc, UserDirectory users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Figures figures(LocalDate from, LocalDate to, String regionCode) {
        if (!users.requireCurrent().canSeeRegion(regionCode)) {
            throw new AccessDeniedException("地区 " + regionCode + " 不在您的管辖范围内");
        }
        String prefix = RegionCode.of(regionCode).scopePrefix() + "%";
        // each count reads only its own rows from an index (the period's receipts, the period's decisions, the open
        // applications), never the region's whole history
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM approval_application
                                WHERE received_at >= :from AND received_at < :to AND region_code LIKE :prefix) AS received,
                               d.decided, d.on_time,
                               (SELECT count(*) FILTER (WHERE clock_state = 'WARNING') FROM approval_application
                                WHERE closed_at IS NULL AND clock_state IN ('WARNING', 'OVERDUE') AND region_code LIKE :prefix) AS warning_now,
                               (SELECT count(*) FILTER (WHERE clock_state = 'OVERDUE') FROM approval_application
                                WHERE closed_at IS NULL AND clock_state IN ('WARNING', 'OVERDUE') AND region_code LIKE :prefix) AS overdue_now
                        FROM (SELECT count(*) AS decided, count(*) FILTER (WHERE on_time) AS on_time FROM approval_application
                              WHERE status IN ('APPROVED', 'REJECTED') AND closed_at >= :from AND closed_at < :to
                                AND region_code LIKE :prefix) d""")
                .param("from", from.atStartOfDay()).param("to", to.plusDays(1).atStartOfDay()).param("prefix", prefix)
                .query((rs, n) -> {
                    long decided = rs.getLong("decided");
                    long onTime = rs.getLong("on_time");
                    return new Figures(from, to, regionCode, rs.getLong("received"), decided, onTime,
                            Percent.of(BigDecimal.valueOf(onTime), BigDecimal.valueOf(decided)), rs.getLong("warning_now"),
                            rs.getLong("overdue_now"));
                }).single();
    }
}
