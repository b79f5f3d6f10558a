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
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE received_at >= ? AND received_at < ?) AS received,
                               count(*) FILTER (WHERE status IN ('APPROVED', 'REJECTED') AND closed_at >= ? AND closed_at < ?) AS decided,
                               count(*) FILTER (WHERE status IN ('APPROVED', 'REJECTED') AND closed_at >= ? AND closed_at < ? AND on_time) AS on_time,
                               count(*) FILTER (WHERE closed_at IS NULL AND clock_state = 'WARNING') AS warning_now,
                               count(*) FILTER (WHERE closed_at IS NULL AND clock_state = 'OVERDUE') AS overdue_now
                        FROM approval_application WHERE region_code LIKE ?""")
                .params(from, to.plusDays(1), from, to.plusDays(1), from, to.plusDays(1), prefix)
                .query((rs, n) -> {
                    long decided = rs.getLong("decided");
                    long onTime = rs.getLong("on_time");
                    return new Figures(from, to, regionCode, rs.getLong("received"), decided, onTime,
                            Percent.of(BigDecimal.valueOf(onTime), BigDecimal.valueOf(decided)), rs.getLong("warning_now"),
                            rs.getLong("overdue_now"));
                }).single();
    }
}
