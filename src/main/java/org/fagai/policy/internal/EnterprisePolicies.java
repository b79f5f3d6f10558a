package org.fagai.policy.internal;

import java.util.List;
import org.fagai.enterprise.EnterpriseRegistry;
import org.fagai.organization.CurrentUser;
import org.springframework.stereotype.Service;

/** The open policies the signed-in enterprise meets (its registry record asked of the enterprise module). */
@Service
class EnterprisePolicies {

    private final Policies policies;
    private final EnterpriseRegistry registry;
    private final PolicyAccess access;

    EnterprisePolicies(Policies policies, EnterpriseRegistry registry, PolicyAccess access) {
        this.policies = policies;
        this.registry = registry;
        this.access = access;
    }

    List<PolicyView> policies() {
        CurrentUser user = access.enterprise();
        return registry.find(user.ownerCreditCode()).map(policies::forEnterprise).orElse(List.of());
    }
}
