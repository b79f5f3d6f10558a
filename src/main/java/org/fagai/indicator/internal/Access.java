package org.fagai.indicator.internal;

import java.util.Set;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who may read and change economic monitoring data, checked in the service for every call. */
@Component
class Access {

    private static final Set<Role> VALUE_WRITERS = Set.of(Role.ADMIN, Role.STAFF, Role.DISTRICT);
    private static final Set<Role> TARGET_WRITERS = Set.of(Role.ADMIN, Role.STAFF);

    private final UserDirectory users;

    Access(UserDirectory users) {
        this.users = users;
    }

    CurrentUser reader() {
        CurrentUser user = users.requireCurrent();
        if (user.role() == Role.OWNER) {
            throw new AccessDeniedException("项目单位无权查看经济运行数据");
        }
        return user;
    }

    CurrentUser readerOf(String regionCode) {
        CurrentUser user = reader();
        if (!user.canSeeRegion(regionCode)) {
            throw new AccessDeniedException("无权查看地区 " + regionCode + " 的数据");
        }
        return user;
    }

    boolean mayWriteValue(CurrentUser user, String regionCode) {
        return VALUE_WRITERS.contains(user.role()) && user.canSeeRegion(regionCode);
    }

    CurrentUser valueWriter() {
        CurrentUser user = reader();
        if (!VALUE_WRITERS.contains(user.role())) {
            throw new AccessDeniedException("当前账号无权填报经济运行数据");
        }
        return user;
    }

    CurrentUser targetWriter(String regionCode) {
        CurrentUser user = reader();
        if (!TARGET_WRITERS.contains(user.role()) || !user.canSeeRegion(regionCode)) {
            throw new AccessDeniedException("当前账号无权设定该地区的目标");
        }
        return user;
    }

    CurrentUser admin() {
        CurrentUser user = users.requireCurrent();
        if (!user.isAdmin()) {
            throw new AccessDeniedException("只有系统管理员可以维护指标目录");
        }
        return user;
    }
}
