package org.fagai.supervision.internal;

import static org.fagai.organization.MenuEntry.forAll;
import static org.fagai.organization.MenuEntry.forRoles;
import static org.fagai.organization.Role.ADMIN;
import static org.fagai.organization.Role.DISTRICT;
import static org.fagai.organization.Role.LEADER;
import static org.fagai.organization.Role.STAFF;

import java.util.List;
import org.fagai.organization.MenuContributor;
import org.fagai.organization.MenuEntry;
import org.springframework.stereotype.Component;

/** The 督办 pages in the sidebar. */
@Component
class SupervisionMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                forAll("nav.supervisionGroup", 400, "supervision", "nav.supervision", "/supervision"),
                forRoles("nav.supervisionGroup", 410, "problemlists", "nav.problemLists", "/supervision/problem-lists", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles("nav.supervisionGroup", 420, "supervisionstats", "nav.supervisionStats", "/supervision/stats", ADMIN, LEADER, STAFF, DISTRICT),
                forAll("nav.supervisionGroup", 430, "notices", "supervision.nav.notices", "/notices"),
                forAll("nav.supervisionGroup", 440, "notifications", "supervision.nav.notifications", "/notifications"));
    }
}
