package org.fagai.project.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.fagai.FagaiIntegrationTest;
import org.fagai.organization.UserDirectory;
import org.fagai.project.ProjectAlerts;
import org.fagai.project.internal.search.ProjectSearch;
import org.fagai.shared.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home page's red and yellow counts are read from the list entries' kept colours: they must be the projects of the
 * year's list whose warning row of the list's month has that colour, within the viewer's scope.
 */
@FagaiIntegrationTest
@Transactional
class HomeAlertsTest {

    @Autowired
    ProjectAlerts alerts;
    @Autowired
    ProjectSearch search;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    void theAdministratorsCountsAreTheListedProjectsWarningRowsOfTheListsMonth() {
        ProjectAlerts.Alerts counted = alerts.forCurrentUser();

        assertThat(counted.red()).isPositive().isEqualTo(expected("RED", ""));
        assertThat(counted.yellow()).isEqualTo(expected("YELLOW", ""));
    }

    @Test
    @WithUserDetails("district")
    void aDistrictOfficerCountsTheProjectsOfTheirDistrictOnly() {
        String prefix = RegionCode.of(users.requireCurrent().regionCode()).scopePrefix();
        ProjectAlerts.Alerts counted = alerts.forCurrentUser();

        assertThat(counted.red()).isEqualTo(expected("RED", prefix));
        assertThat(counted.yellow()).isEqualTo(expected("YELLOW", prefix));
        assertThat(counted.red() + counted.yellow()).isLessThanOrEqualTo(expected("RED", "") + expected("YELLOW", ""));
    }

    private long expected(String colour, String regionPrefix) {
        int year = search.defaultYear();
        YearMonth month = search.warningMonth(year);
        return jdbc.queryForObject("""
                SELECT count(DISTINCT w.project_id) FROM project_warning w JOIN project p ON p.id = w.project_id
                WHERE w.month = ? AND w.colour = ? AND p.region_code LIKE ?
                  AND EXISTS (SELECT 1 FROM project_plan pl WHERE pl.project_id = w.project_id AND pl.year = ?)""",
                Long.class, month.atDay(1), colour, regionPrefix + "%", year);
    }
}
