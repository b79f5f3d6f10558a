package org.fagai.attraction.internal;

import static org.fagai.organization.MenuEntry.forRoles;
import static org.fagai.organization.Role.ADMIN;
import static org.fagai.organization.Role.DISTRICT;
import static org.fagai.organization.Role.LEADER;
import static org.fagai.organization.Role.STAFF;

import java.util.List;
import org.fagai.organization.MenuContributor;
import org.fagai.organization.MenuEntry;
import org.springframework.stereotype.Component;

/** The 招商引资 pages in the sidebar (the commission's accounts; unit accounts see none of it). */
@Component
class AttractionMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                forRoles("attraction.nav.group", 550, "attraction-overview", "attraction.nav.overview", "/attraction", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles("attraction.nav.group", 555, "attraction-mine", "attraction.nav.mine", "/attraction/mine", ADMIN, STAFF, DISTRICT),
                forRoles("attraction.nav.group", 560, "attraction-leads", "attraction.nav.leads", "/attraction/leads", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles("attraction.nav.group", 565, "attraction-trips", "attraction.nav.trips", "/attraction/trips", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles("attraction.nav.group", 570, "attraction-negotiations", "attraction.nav.negotiations", "/attraction/negotiations",
                        ADMIN, LEADER, STAFF, DISTRICT),
                forRoles("attraction.nav.group", 575, "attraction-events", "attraction.nav.events", "/attraction/events", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles("attraction.nav.group", 580, "attraction-rates", "attraction.nav.rates", "/attraction/rates", ADMIN, LEADER, STAFF, DISTRICT));
    }
}
