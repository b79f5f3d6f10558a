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
                forRoles("nav.enterpriseGroup", 500, "enterprises", "nav.enterprises", "/enterprises", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles("nav.enterpriseGroup", 505, "my-enterprise", "nav.myEnterprise", "/enterprises/mine", ENTERPRISE),
                forRoles("nav.enterpriseGroup", 510, "service", "nav.servicePackages", "/enterprises/service", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles("nav.enterpriseGroup", 520, "demands", "nav.demands", "/demands", ADMIN, LEADER, STAFF, DISTRICT, ENTERPRISE),
                forRoles("nav.enterpriseGroup", 530, "demandrates", "nav.demandRates", "/demands/rates", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles("nav.enterpriseGroup", 540, "safety", "nav.safety", "/safety", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles("nav.enterpriseGroup", 550, "petitions", "nav.petitions", "/petitions", ADMIN, LEADER, STAFF, DISTRICT));
    }
}
