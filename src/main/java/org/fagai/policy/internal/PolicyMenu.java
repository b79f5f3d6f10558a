package org.fagai.policy.internal;

import static org.fagai.organization.Role.ADMIN;
import static org.fagai.organization.Role.DISTRICT;
import static org.fagai.organization.Role.ENTERPRISE;
import static org.fagai.organization.Role.LEADER;
import static org.fagai.organization.Role.STAFF;

import java.util.List;
import org.fagai.organization.MenuContributor;
import org.fagai.organization.MenuEntry;
import org.springframework.stereotype.Component;

/** 政策兑现 and the platform reserve in the sidebar; an enterprise account sees its own policy page. */
@Component
class PolicyMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                MenuEntry.forRoles("policy.nav.group", 650, "policies", "policy.nav.policies", "/policies", ADMIN, LEADER, STAFF, DISTRICT),
                MenuEntry.forRoles("policy.nav.group", 660, "platforms", "policy.nav.platforms", "/innovation-platforms", ADMIN, LEADER, STAFF, DISTRICT),
                MenuEntry.forRoles("policy.nav.group", 670, "policy-service", "policy.nav.mine", "/policy-service", ENTERPRISE));
    }
}
