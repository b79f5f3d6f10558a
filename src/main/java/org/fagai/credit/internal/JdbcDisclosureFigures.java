package org.fagai.credit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fagai.credit.DisclosureFigures;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.Percent;
import org.fagai.shared.RegionCode;
import org.fagai.shared.Years;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the due date each record stored at creation (7 working days on the official calendar) and its publication time. */
@Service
class JdbcDisclosureFigures implements DisclosureFigures {

    /**
     * 按时公示率 counts a record once its outcome is known: published, or its due date (7 working days after the decision,
     * stored with it) has passed; one still within its days is neither on time nor late. Its parameter is today.
     */
    private static final String OUTCOME_KNOWN = "(published_at IS NOT NULL OR due_date < ?)";
    private static final String PUBLISHED_ON_TIME = "(published_at AT TIME ZONE 'Asia/Shanghai')::date <= due_date";


    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final Clock clock;

    JdbcDisclosureFigures(JdbcClient jdbc, UserDirectory users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Figures figures(LocalDate from, LocalDate to, String regionCode) {
        if (!users.requireCurrent().canSeeRegion(regionCode)) {
            throw new AccessDeniedException("地区 " + regionCode + " 不在您的管辖范围内");
        }
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        String prefix = RegionCode.of(regionCode).scopePrefix() + "%";
        return jdbc.sql("""
                        WITH d AS (SELECT xk_jdrq AS decided_on, due_date, published_at FROM credit_licence WHERE region_code LIKE ?
                                   UNION ALL
                                   SELECT cf_jdrq, due_date, published_at FROM credit_penalty WHERE region_code LIKE ?)
                        SELECT count(*) FILTER (WHERE decided_on BETWEEN ? AND ?) AS decided,
                               count(*) FILTER (WHERE decided_on BETWEEN ? AND ? AND published_at IS NOT NULL) AS published,
                               count(*) FILTER (WHERE decided_on BETWEEN ? AND ? AND %2$s) AS on_time,
                               count(*) FILTER (WHERE decided_on BETWEEN ? AND ? AND %1$s) AS known,
                               count(*) FILTER (WHERE published_at IS NULL AND due_date >= ?) AS due_now,
                               count(*) FILTER (WHERE published_at IS NULL AND due_date < ?) AS overdue_now
                        FROM d""".formatted(OUTCOME_KNOWN, PUBLISHED_ON_TIME))
                .params(prefix, prefix, from, to, from, to, from, to, from, to, today, today, today)
                .query((rs, n) -> {
                    long decided = rs.getLong("decided");
                    long onTime = rs.getLong("on_time");
                    return new Figures(from, to, regionCode, decided, rs.getLong("published"), onTime,
                            Percent.of(BigDecimal.valueOf(onTime), BigDecimal.valueOf(rs.getLong("known"))), rs.getLong("due_now"),
                            rs.getLong("overdue_now"));
                }).single();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, RegionTimeliness> byRegion(int year, String cityCode) {
        Years.check("year", year);
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        String prefix = RegionCode.of(cityCode).scopePrefix() + "%";
        Map<String, RegionTimeliness> result = new LinkedHashMap<>();
        jdbc.sql("""
                        WITH d AS (SELECT region_code, due_date, published_at FROM credit_licence
                                    WHERE region_code LIKE ? AND xk_jdrq BETWEEN ? AND ?
                                   UNION ALL
                                   SELECT region_code, due_date, published_at FROM credit_penalty
                                    WHERE region_code LIKE ? AND cf_jdrq BETWEEN ? AND ?)
                        SELECT region_code, count(*) AS due,
                               count(*) FILTER (WHERE %2$s) AS on_time
                        FROM d WHERE %1$s
                        GROUP BY region_code ORDER BY region_code""".formatted(OUTCOME_KNOWN, PUBLISHED_ON_TIME))
                .params(prefix, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), prefix, LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31), today)
                .query((rs, n) -> {
                    long due = rs.getLong("due");
                    long onTime = rs.getLong("on_time");
                    return result.put(rs.getString("region_code"), new RegionTimeliness(rs.getString("region_code"), due, onTime,
                            BigDecimal.valueOf(onTime * 100L).divide(BigDecimal.valueOf(due), 2, RoundingMode.HALF_UP)));
                }).list();
        return result;
    }
}
