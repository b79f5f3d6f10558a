package org.fagai.enterprise.internal;

import static org.fagai.organization.MenuEntry.forRoles;
import static org.fagai.organization.Role.ADMIN;
import static org.fagai.organization.Role.DISTRICT;
import static org.fagai.organization.Role.ENTERPRISE;
import static org.fagai.organization.Role.LEADER;
import static org.fagai.organization.Role.STAFF;

import java.util.List;
import org.fagai.organization.MenuContributor;
import org.fagai.organization.MenuEntry;
import org.springframework.stereotype.Component;

/** The enterprise pages in the sidebar: an enterprise account sees its own record and its demands. */
@Component
class EnterpriseMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                forRoles("enterprise.nav.group", 500, "enterprises", "enterprise.nav.registry", "/enterprises", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles("enterprise.nav.group", 505, "my-enterprise", "enterprise.nav.mine", "/enterprises/mine", ENTERPRISE),
                forRoles("enterprise.nav.group", 510, "service", "enterprise.nav.service", "/enterprises/service", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles("enterprise.nav.group", 520, "demands", "enterprise.nav.demands", "/demands", ADMIN, LEADER, STAFF, DISTRICT, ENTERPRISE),
                forRoles("enterprise.nav.group", 530, "demandrates", "enterprise.nav.rates", "/demands/rates", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles("enterprise.nav.group", 540, "safety", "enterprise.nav.safety", "/safety", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles("enterprise.nav.group", 550, "petitions", "enterprise.nav.petitions", "/petitions", ADMIN, LEADER, STAFF, DISTRICT));
    }
}
