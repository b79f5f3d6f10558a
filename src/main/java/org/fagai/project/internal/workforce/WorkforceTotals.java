package org.fagai.project.internal.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.project.ProjectLevel;
import org.fagai.project.internal.registry.ProjectRegistry;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people and machines on the sites of the user's projects, summed by region and month from the current reports. */
@Service
class WorkforceTotals {

    private final JdbcClient jdbc;
    private final ProjectRegistry registry;
    private final RegionDirectory regions;

    WorkforceTotals(JdbcClient jdbc, ProjectRegistry registry, RegionDirectory regions) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.regions = regions;
    }

    /** One region's months (index 0 = January); a month no report gave figures for is null. */
    record RegionLine(String regionCode, String regionName, Integer[] workersOnSite, Integer[] workersPlanned, Integer[] machines) {
    }

    @Transactional(readOnly = true)
    List<RegionLine> byRegionAndMonth(int year, ProjectLevel level) {
        List<Object> params = new ArrayList<>(List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 1)));
        String levelFilter = "";
        if (level != null) {
            levelFilter = " AND EXISTS (SELECT 1 FROM project_plan pl WHERE pl.project_id = p.id AND pl.year = ? AND pl.level = ?)";
            params.add(year);
            params.add(level.name());
        }
        String scope = registry.scope().sql(params);
        Map<String, RegionLine> lines = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT p.region_code, extract(month FROM g.month)::int AS m, sum(g.workers_on_site)::int AS on_site,
                       sum(g.workers_planned)::int AS planned, sum(g.machines)::int AS machines
                FROM project_progress g JOIN project p ON p.id = g.project_id
                WHERE g.current AND g.month BETWEEN ? AND ? AND (g.workers_on_site IS NOT NULL OR g.workers_planned IS NOT NULL
                      OR g.machines IS NOT NULL)""" + levelFilter + " AND " + scope + " GROUP BY p.region_code, m ORDER BY p.region_code, m")
                .params(params)
                .query(rs -> {
                    String code = rs.getString("region_code");
                    RegionLine line = lines.computeIfAbsent(code, c -> new RegionLine(c,
                            regions.find(c).map(RegionView::name).orElse(c), new Integer[12], new Integer[12], new Integer[12]));
                    int m = rs.getInt("m") - 1;
                    line.workersOnSite()[m] = rs.getObject("on_site", Integer.class);
                    line.workersPlanned()[m] = rs.getObject("planned", Integer.class);
                    line.machines()[m] = rs.getObject("machines", Integer.class);
                });
        return List.copyOf(lines.values());
    }
}
