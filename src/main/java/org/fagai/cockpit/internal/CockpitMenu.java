package org.fagai.cockpit.internal;

import static org.fagai.organization.MenuEntry.forRoles;
import static org.fagai.organization.Role.ADMIN;
import static org.fagai.organization.Role.DISTRICT;
import static org.fagai.organization.Role.LEADER;
import static org.fagai.organization.Role.STAFF;

import java.util.List;
import org.fagai.organization.MenuContributor;
import org.fagai.organization.MenuEntry;
import org.springframework.stereotype.Component;

/** The cockpit, first in the sidebar for the commission. */
@Component
class CockpitMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                forRoles("cockpit.nav.group", 50, "cockpit", "cockpit.nav.cockpit", "/cockpit", ADMIN, LEADER, STAFF, DISTRICT));
    }
}
