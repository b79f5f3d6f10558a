package org.fagai.credit.internal;

import static org.fagai.organization.MenuEntry.forAll;
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

/** The credit pages in the sidebar, after the approvals; the publication periods under administration. */
@Component
class CreditMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                forRoles("nav.approvalSection", 350, "blacklist", "nav.blacklist", "/credit/blacklist", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles("nav.approvalSection", 355, "redlist", "credit.nav.redList", "/credit/red-list", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles("nav.approvalSection", 360, "disclosures", "nav.disclosures", "/credit/disclosures", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles("nav.approvalSection", 365, "repairs", "credit.nav.repairs", "/credit/repairs", ADMIN, LEADER, STAFF, DISTRICT, ENTERPRISE),
                forAll("nav.approvalSection", 370, "public", "nav.publicCredit", "/public/credit"),
                forRoles("nav.admin", 1040, "creditperiods", "nav.creditPeriods", "/admin/credit-periods", ADMIN));
    }
}
