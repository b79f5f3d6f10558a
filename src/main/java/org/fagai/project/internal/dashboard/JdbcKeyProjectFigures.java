package org.fagai.project.internal.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.fagai.organization.UserDirectory;
import org.fagai.project.KeyProjectFigures;
import org.fagai.project.ProjectLevel;
import org.fagai.project.internal.search.ProjectSearch;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.Percent;
import org.fagai.shared.Period;
import org.fagai.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The list's figures in two statements, reading the year-to-date and colour each project's warning stored. */
@Service
class JdbcKeyProjectFigures implements KeyProjectFigures {

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final ProjectSearch search;
    private final Clock clock;

    JdbcKeyProjectFigures(JdbcClient jdbc, UserDirectory users, ProjectSearch search, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.search = search;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Figures figures(int year, ProjectLevel level, String regionCode) {
        if (!users.requireCurrent().canSeeRegion(regionCode)) {
            throw new AccessDeniedException("地区 " + regionCode + " 不在您的管辖范围内");
        }
        String prefix = RegionCode.of(regionCode).scopePrefix() + "%";
        YearMonth wm = search.warningMonth(year);
        boolean judged = wm.getYear() == year;
        long[] blockers = blockers(prefix);
        return jdbc.sql("""
                        SELECT count(*) AS n, coalesce(sum(p.total_investment), 0) AS total,
                               count(*) FILTER (WHERE pl.nature = 'NEW') AS new_n,
                               coalesce(sum(p.total_investment) FILTER (WHERE pl.nature = 'NEW'), 0) AS new_total,
                               coalesce(sum(pl.planned_investment), 0) AS plan, coalesce(sum(w.year_to_date), 0) AS ytd,
                               count(*) FILTER (WHERE w.colour = 'RED') AS red, count(*) FILTER (WHERE w.colour = 'YELLOW') AS yellow,
                               count(*) FILTER (WHERE w.colour = 'GREEN') AS green
                        FROM project_plan pl JOIN project p ON p.id = pl.project_id
                        LEFT JOIN project_warning w ON w.project_id = p.id AND w.month = ?
                        WHERE pl.year = ? AND pl.level = ? AND p.region_code LIKE ?""")
                .params(wm.atDay(1), year, level.name(), prefix)
                .query((rs, n) -> {
                    BigDecimal planned = rs.getBigDecimal("plan");
                    BigDecimal ytd = rs.getBigDecimal("ytd");
                    return new Figures(year, level, regionCode, rs.getLong("n"), rs.getBigDecimal("total"), rs.getLong("new_n"),
                            rs.getBigDecimal("new_total"), planned, judged ? ytd : null, judged ? wm.toString() : null,
                            judged ? Percent.of(ytd, planned) : null, judged ? Period.monthly(wm).timeProgressPercent() : null,
                            rs.getLong("red"), rs.getLong("yellow"), rs.getLong("green"), blockers[0], blockers[1]);
                }).single();
    }

    private long[] blockers(String prefix) {
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        return jdbc.sql("SELECT count(*) FILTER (WHERE b.status <> 'RESOLVED'), count(*) FILTER (WHERE b.status <> 'RESOLVED'"
                        + " AND b.deadline < ?) FROM project_blocker b JOIN project p ON p.id = b.project_id WHERE p.region_code LIKE ?")
                .params(today, prefix)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }
}
