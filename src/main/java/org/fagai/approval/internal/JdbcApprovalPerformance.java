package org.fagai.approval.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fagai.approval.ApprovalPerformance;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.shared.RegionCode;
import org.fagai.shared.Years;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the decided applications' stored outcome (on time, counted minutes); the clock rules stay in {@code Application}. */
@Service
class JdbcApprovalPerformance implements ApprovalPerformance {

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;

    JdbcApprovalPerformance(JdbcClient jdbc, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, RegionFigures> byRegion(int year, String cityCode) {
        Years.check("year", year);
        BigDecimal perDay = BigDecimal.valueOf(calendar.current().workingHours().minutesPerDay());
        Map<String, RegionFigures> result = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT region_code, count(*) AS decided, count(*) FILTER (WHERE on_time) AS on_time,
                               avg(used_minutes) AS avg_used
                        FROM approval_application
                        WHERE status IN ('APPROVED', 'REJECTED') AND closed_at >= ? AND closed_at < ? AND region_code LIKE ?
                        GROUP BY region_code ORDER BY region_code""")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), RegionCode.of(cityCode).scopePrefix() + "%")
                .query((rs, i) -> {
                    long decided = rs.getLong("decided");
                    long onTime = rs.getLong("on_time");
                    BigDecimal used = rs.getBigDecimal("avg_used");
                    RegionFigures figures = new RegionFigures(rs.getString("region_code"), decided, onTime,
                            BigDecimal.valueOf(onTime * 100L).divide(BigDecimal.valueOf(decided), 2, RoundingMode.HALF_UP),
                            used == null ? null : used.divide(perDay, 2, RoundingMode.HALF_UP));
                    return result.put(figures.regionCode(), figures);
                }).list();
        return result;
    }
}
