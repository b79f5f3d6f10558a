package org.fagai.project.internal.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.fagai.project.ProjectAlerts;
import org.fagai.project.WarningColour;
import org.fagai.project.internal.registry.ProjectRegistry;
import org.fagai.project.internal.registry.ProjectScope;
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
        // The colours the year's list shows, kept on its entries (project_plan.colour in the list's month), so the counts
        // are those the list's colour filter answers, read from the list's index; a project on two lists counts once.
        List<Object> params = new ArrayList<>(List.of(year, month.atDay(1), WarningColour.RED.name(), WarningColour.YELLOW.name()));
        ProjectScope scope = registry.scope();
        String inScope = scope.sql(params, "pl.region_code");
        long[] counts = new long[WarningColour.values().length];
        jdbc.query("SELECT pl.colour, count(DISTINCT pl.project_id) FROM project_plan pl"
                + (scope.needsProject() ? " JOIN project p ON p.id = pl.project_id" : "")
                + " WHERE pl.year = ? AND pl.colour_month = ? AND pl.colour IN (?, ?) AND " + inScope + " GROUP BY pl.colour", rs -> {
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
