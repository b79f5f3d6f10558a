package org.fagai.policy.internal;

import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Staff keep policies and platforms and decide applications; an enterprise account applies for its own enterprise. */
@Component
class PolicyAccess {

    private final UserDirectory users;

    PolicyAccess(UserDirectory users) {
        this.users = users;
    }

    CurrentUser staff() {
        CurrentUser user = users.requireCurrent();
        if (user.role().unitAccount()) {
            throw new AccessDeniedException("只有发改委工作人员可以办理");
        }
        return user;
    }

    CurrentUser enterprise() {
        CurrentUser user = users.requireCurrent();
        if (user.role() != Role.ENTERPRISE || user.ownerCreditCode() == null) {
            throw new AccessDeniedException("请使用企业账号申请");
        }
        return user;
    }
}
