package org.fagai.businessenv.internal;

import static org.fagai.organization.Role.ADMIN;
import static org.fagai.organization.Role.DISTRICT;
import static org.fagai.organization.Role.LEADER;
import static org.fagai.organization.Role.STAFF;

import java.util.List;
import org.fagai.organization.MenuContributor;
import org.fagai.organization.MenuEntry;
import org.springframework.stereotype.Component;

/** The 营商环境 pages in the sidebar: the evaluation, its data and tasks, the offers to private capital. */
@Component
class BusinessEnvironmentMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                MenuEntry.forRoles("businessenv.nav.group", 600, "be-scores", "businessenv.nav.scores", "/business-environment", ADMIN, LEADER, STAFF, DISTRICT),
                MenuEntry.forRoles("businessenv.nav.group", 610, "be-data", "businessenv.nav.data", "/business-environment/data", ADMIN, LEADER, STAFF, DISTRICT),
                MenuEntry.forRoles("businessenv.nav.group", 620, "be-tasks", "businessenv.nav.tasks", "/business-environment/tasks", ADMIN, LEADER, STAFF, DISTRICT),
                MenuEntry.forRoles("businessenv.nav.group", 630, "be-indicators", "businessenv.nav.indicators", "/business-environment/indicators", ADMIN, LEADER, STAFF, DISTRICT),
                MenuEntry.forRoles("businessenv.nav.group", 640, "be-offers", "businessenv.nav.offers", "/investment-offers", ADMIN, LEADER, STAFF, DISTRICT));
    }
}
