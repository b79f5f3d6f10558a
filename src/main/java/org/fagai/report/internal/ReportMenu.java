package org.fagai.report.internal;

import static org.fagai.organization.MenuEntry.forRoles;
import static org.fagai.organization.Role.ADMIN;
import static org.fagai.organization.Role.DISTRICT;
import static org.fagai.organization.Role.LEADER;
import static org.fagai.organization.Role.STAFF;

import java.util.List;
import org.fagai.organization.MenuContributor;
import org.fagai.organization.MenuEntry;
import org.springframework.stereotype.Component;

/** The monthly brief, beside the economic-monitoring pages. */
@Component
class ReportMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                forRoles("nav.economy", 290, "brief", "nav.brief", "/reports/economic-brief", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles("cockpit.nav.group", 60, "worksummary", "cockpit.nav.summary", "/reports/work-summary", ADMIN, LEADER, STAFF, DISTRICT));
    }
}
