package org.fagai.planning.internal;

import static org.fagai.organization.MenuEntry.forRoles;
import static org.fagai.organization.Role.ADMIN;
import static org.fagai.organization.Role.DISTRICT;
import static org.fagai.organization.Role.LEADER;
import static org.fagai.organization.Role.STAFF;

import java.util.List;
import org.fagai.organization.MenuContributor;
import org.fagai.organization.MenuEntry;
import org.springframework.stereotype.Component;

/** The planning, livelihood and price pages in the sidebar (not for project owners). */
@Component
class PlanningMenu implements MenuContributor {

    private static final String GROUP = "planning.nav.group";
    private static final String PRICES = "planning.nav.priceGroup";

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                forRoles(GROUP, 500, "planplans", "planning.nav.plans", "/planning/plans", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles(GROUP, 510, "planannual", "planning.nav.annual", "/planning/annual", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles(GROUP, 520, "planactions", "planning.nav.actions", "/planning/actions", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles(GROUP, 530, "planpopulation", "planning.nav.population", "/planning/population", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles(GROUP, 540, "livelihood", "planning.nav.livelihood", "/planning/livelihood", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles(PRICES, 550, "prices", "planning.nav.prices", "/prices", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles(PRICES, 560, "pricecollect", "planning.nav.priceCollect", "/prices/collect", ADMIN, STAFF, DISTRICT),
                forRoles(PRICES, 570, "pricecert", "planning.nav.certifications", "/prices/certifications", ADMIN, LEADER, STAFF, DISTRICT));
    }
}
