package org.fagai.credit.internal;

import java.util.Set;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who may do what in credit: staff, districts and leaders work on disclosures; the list is kept by city staff and leaders. */
@Component
class CreditAccess {

    private static final Set<Role> READERS = Set.of(Role.ADMIN, Role.LEADER, Role.STAFF, Role.DISTRICT);
    private static final Set<Role> EDITORS = Set.of(Role.LEADER, Role.STAFF, Role.DISTRICT);
    private static final Set<Role> LIST_KEEPERS = Set.of(Role.LEADER, Role.STAFF);

    private final UserDirectory users;

    CreditAccess(UserDirectory users) {
        this.users = users;
    }

    CurrentUser reader() {
        return require(READERS);
    }

    CurrentUser editor() {
        return require(EDITORS);
    }

    CurrentUser administrator() {
        return require(Set.of(Role.ADMIN));
    }

    CurrentUser listKeeper() {
        return require(LIST_KEEPERS);
    }

    /** An editor who may act on a record of this region. */
    CurrentUser editorOf(String regionCode) {
        CurrentUser user = editor();
        if (!user.canSeeRegion(regionCode)) {
            throw new AccessDeniedException("无权处理其他地区的记录");
        }
        return user;
    }

    private CurrentUser require(Set<Role> roles) {
        CurrentUser user = users.requireCurrent();
        if (!roles.contains(user.role())) {
            throw new AccessDeniedException("当前账号无权执行此操作");
        }
        return user;
    }
}
