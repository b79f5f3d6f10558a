package org.fagai.approval.internal;

import org.fagai.shared.StoredText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.approval.ApprovalKind;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.RegionCode;
import org.fagai.shared.Years;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per kind, department and month: received (by receipt month), decided (by decision month), on-time rate, and the
 * average and longest working time used (minutes, suspensions left out), all computed from the applications.
 */
@Service
class ApprovalStatistics {

    /**
     * @param averageWorkingMinutes counted time: what the limit measures
     * @param averageElapsedMinutes elapsed working time from acceptance to decision, the excluded time (补正 and the
     *                              stops the law leaves out) included
     */
    record Row(String month, ApprovalKind kind, String department, long received, long decided, long onTime,
               BigDecimal onTimeRate, Long averageWorkingMinutes, Long longestWorkingMinutes, Long averageElapsedMinutes) {
    }

    record MonthTotal(String month, long received, long decided, BigDecimal onTimeRate) {
    }

    record Report(LocalDate from, LocalDate to, List<Row> rows, List<MonthTotal> months, Row total) {
    }

    private final JdbcClient jdbc;
    private final UserDirectory users;

    ApprovalStatistics(JdbcClient jdbc, UserDirectory users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    @Transactional(readOnly = true)
    Report report(LocalDate from, LocalDate to) {
        CurrentUser user = users.requireCurrent();
        if (user.role() == Role.OWNER) {
            throw new AccessDeniedException("项目单位不能查看审批统计");
        }
        Years.check("from", from.getYear());
        Years.check("to", to.getYear());
        if (to.isBefore(from)) {
            throw FieldErrors.of("to", StoredText.of("approval.error.toBeforeFrom"));
        }
        String scope = user.role() == Role.ADMIN ? "" : " AND region_code LIKE '" + RegionCode.of(user.regionCode()).scopePrefix() + "%'";
        List<Row> rows = jdbc.sql("""
                        WITH r AS (SELECT to_char(received_at, 'YYYY-MM') AS m, kind, coalesce(department, '—') AS dept, count(*) AS received
                                   FROM approval_application WHERE received_at >= ? AND received_at < ?""" + scope + """
                                   GROUP BY 1, 2, 3),
                             d AS (SELECT to_char(closed_at, 'YYYY-MM') AS m, kind, coalesce(department, '—') AS dept, count(*) AS decided,
                                          count(*) FILTER (WHERE on_time) AS on_time, round(avg(used_minutes)) AS avg_used,
                                          max(used_minutes) AS max_used,
                                          round(avg(coalesce(elapsed_minutes, used_minutes))) AS avg_elapsed
                                   FROM approval_application WHERE status IN ('APPROVED', 'REJECTED') AND closed_at >= ? AND closed_at < ?""" + scope + """
                                   GROUP BY 1, 2, 3)
                        SELECT m, kind, dept, coalesce(received, 0) AS received, coalesce(decided, 0) AS decided,
                               coalesce(on_time, 0) AS on_time, avg_used, max_used, avg_elapsed
                        FROM r FULL OUTER JOIN d USING (m, kind, dept) ORDER BY m, kind, dept""")
                .params(from, to.plusDays(1), from, to.plusDays(1))
                .query((rs, i) -> {
                    long decided = rs.getLong("decided");
                    long onTime = rs.getLong("on_time");
                    long avg = rs.getLong("avg_used");
                    Long average = rs.wasNull() ? null : avg;
                    long max = rs.getLong("max_used");
                    Long longest = rs.wasNull() ? null : max;
                    long elapsed = rs.getLong("avg_elapsed");
                    Long averageElapsed = rs.wasNull() ? null : elapsed;
                    return new Row(rs.getString("m"), ApprovalKind.valueOf(rs.getString("kind")), rs.getString("dept"),
                            rs.getLong("received"), decided, onTime, rate(onTime, decided), average, longest, averageElapsed);
                }).list();
        List<MonthTotal> months = new ArrayList<>();
        for (Row row : rows) {
            MonthTotal last = months.isEmpty() ? null : months.get(months.size() - 1);
            if (last == null || !last.month().equals(row.month())) {
                months.add(new MonthTotal(row.month(), 0, 0, null));
                last = months.get(months.size() - 1);
            }
            months.set(months.size() - 1, new MonthTotal(row.month(), last.received() + row.received(), last.decided() + row.decided(), null));
        }
        months.replaceAll(m -> new MonthTotal(m.month(), m.received(), m.decided(), rate(
                rows.stream().filter(r -> r.month().equals(m.month())).mapToLong(Row::onTime).sum(), m.decided())));
        long received = rows.stream().mapToLong(Row::received).sum();
        long decided = rows.stream().mapToLong(Row::decided).sum();
        long onTime = rows.stream().mapToLong(Row::onTime).sum();
        Long longest = rows.stream().map(Row::longestWorkingMinutes).filter(java.util.Objects::nonNull).max(Long::compare).orElse(null);
        Long average = decided == 0 ? null : Math.round(rows.stream().filter(r -> r.averageWorkingMinutes() != null)
                .mapToDouble(r -> r.averageWorkingMinutes() * (double) r.decided()).sum() / decided);
        Long averageElapsed = decided == 0 ? null : Math.round(rows.stream().filter(r -> r.averageElapsedMinutes() != null)
                .mapToDouble(r -> r.averageElapsedMinutes() * (double) r.decided()).sum() / decided);
        return new Report(from, to, rows, months, new Row(null, null, null, received, decided, onTime, rate(onTime, decided),
                average, longest, averageElapsed));
    }

    /** Percent with one decimal; null when nothing was decided. */
    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
