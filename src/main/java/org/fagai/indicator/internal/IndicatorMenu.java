package org.fagai.indicator.internal;

import static org.fagai.organization.MenuEntry.forRoles;
import static org.fagai.organization.Role.ADMIN;
import static org.fagai.organization.Role.DISTRICT;
import static org.fagai.organization.Role.LEADER;
import static org.fagai.organization.Role.STAFF;

import java.util.List;
import org.fagai.organization.MenuContributor;
import org.fagai.organization.MenuEntry;
import org.springframework.stereotype.Component;

/** The economic-monitoring pages in the sidebar (staff, leaders and districts; not project owners). */
@Component
class IndicatorMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                forRoles("nav.economy", 200, "indicators", "nav.indicators", "/indicators", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles("nav.economy", 210, "indmatrix", "nav.indmatrix", "/indicators/matrix", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles("nav.economy", 220, "indtargets", "nav.indtargets", "/indicators/targets", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles("nav.economy", 230, "indvalues", "nav.indvalues", "/indicators/values", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles("nav.economy", 240, "indcatalogue", "nav.indcatalogue", "/indicators/catalogue", ADMIN, LEADER, STAFF, DISTRICT));
    }
}
