package org.fagai.businessenv.internal;

import org.fagai.organization.CurrentUser;
import org.fagai.organization.UserDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who may do what: the commission's staff (city and district) work the evaluation; unit accounts do not see it. */
@Component
class EvaluationAccess {

    private final UserDirectory users;

    EvaluationAccess(UserDirectory users) {
        this.users = users;
    }

    CurrentUser requireStaff() {
        CurrentUser user = users.requireCurrent();
        if (user.role().unitAccount()) {
            throw new AccessDeniedException("项目单位和企业账号不能使用营商环境评价");
        }
        return user;
    }

    /** A staff member who sees this region (a district user only his district). */
    CurrentUser requireRegion(String regionCode) {
        CurrentUser user = requireStaff();
        if (!user.canSeeRegion(regionCode)) {
            throw new AccessDeniedException("无权查看或填报该地区：" + regionCode);
        }
        return user;
    }
}
