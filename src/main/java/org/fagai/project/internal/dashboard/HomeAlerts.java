package org.fagai.project.internal.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.fagai.project.ProjectAlerts;
import org.fagai.project.WarningColour;
import org.fagai.project.internal.registry.ProjectRegistry;
import org.fagai.project.internal.search.ProjectSearch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class HomeAlerts implements ProjectAlerts {

    private final ProjectSearch search;
    private final ProjectRegistry registry;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    HomeAlerts(ProjectSearch search, ProjectRegistry registry, JdbcTemplate jdbc, Clock clock) {
        this.search = search;
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Alerts forCurrentUser() {
        int year = search.defaultYear();
        YearMonth month = search.warningMonth(year);
        List<Object> params = new ArrayList<>(List.of(month.atDay(1)));
        String scope = registry.scope().sql(params);
        long[] counts = new long[WarningColour.values().length];
        jdbc.query("SELECT w.colour, count(*) FROM project_warning w JOIN project p ON p.id = w.project_id WHERE w.month = ? AND "
                + scope + " GROUP BY w.colour", rs -> {
            counts[WarningColour.valueOf(rs.getString(1)).ordinal()] = rs.getLong(2);
        }, params.toArray());
        List<Object> blockerParams = new ArrayList<>(List.of(LocalDate.now(clock)));
        String blockerScope = registry.scope().sql(blockerParams);
        Long overdue = jdbc.queryForObject("SELECT count(*) FROM project_blocker b JOIN project p ON p.id = b.project_id"
                + " WHERE b.status <> 'RESOLVED' AND b.deadline < ? AND " + blockerScope, Long.class, blockerParams.toArray());
        return new Alerts(year, month.toString(), counts[WarningColour.RED.ordinal()], counts[WarningColour.YELLOW.ordinal()],
                overdue == null ? 0 : overdue);
    }
}
