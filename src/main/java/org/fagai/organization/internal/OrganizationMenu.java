package org.fagai.organization.internal;

import static org.fagai.organization.MenuEntry.forAll;
import static org.fagai.organization.MenuEntry.forRoles;
import static org.fagai.organization.Role.ADMIN;

import java.util.List;
import org.fagai.organization.MenuContributor;
import org.fagai.organization.MenuEntry;
import org.springframework.stereotype.Component;

/** The tools every user has (calendar, code tables, API) and the administrator's pages of the foundation modules. */
@Component
class OrganizationMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                forAll("nav.tools", 900, "calendar", "nav.calendar", "/calendar"),
                forAll("nav.tools", 910, "reference", "nav.reference", "/reference"),
                forAll("nav.tools", 920, "api", "nav.api", "/swagger-ui.html"),
                forRoles("nav.admin", 1000, "departments", "nav.departments", "/admin/departments", ADMIN),
                forRoles("nav.admin", 1010, "users", "nav.users", "/admin/users", ADMIN),
                forRoles("nav.admin", 1020, "regions", "nav.regions", "/admin/regions", ADMIN),
                forRoles("nav.admin", 1090, "audit", "nav.audit", "/admin/audit", ADMIN));
    }
}
