package org.fagai.approval.internal;

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

/** The approval pages in the sidebar. */
@Component
class ApprovalMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                forAll("nav.approvalSection", 300, "approvals", "nav.approvals", "/approvals"),
                forRoles("nav.approvalSection", 310, "approvalstats", "nav.approvalStats", "/approvals/stats", ADMIN, LEADER, STAFF, DISTRICT),
                forRoles("nav.approvalSection", 320, "approvalkinds", "nav.approvalKinds", "/approvals/kinds", ADMIN, LEADER, STAFF, DISTRICT),
                forAll("nav.approvalSection", 330, "licenceverify", "approval.verify.title", "/public/licences/verify"));
    }
}
