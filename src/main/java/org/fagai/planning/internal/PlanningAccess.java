package org.fagai.planning.internal;

import java.util.Set;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and change planning data, checked in the services on every call: unit accounts (project owners,
 * enterprises) see nothing; leaders
 * read; staff and administrators write for the regions they see; district users for their own district.
 */
@Component
public class PlanningAccess {

    private static final Set<Role> WRITERS = Set.of(Role.ADMIN, Role.STAFF, Role.DISTRICT);

    private final UserDirectory users;

    PlanningAccess(UserDirectory users) {
        this.users = users;
    }

    public CurrentUser reader() {
        CurrentUser user = users.requireCurrent();
        if (user.role().unitAccount()) {
            throw new AccessDeniedException("单位账号无权查看规划计划与价格监测数据");
        }
        return user;
    }

    public CurrentUser readerOf(String regionCode) {
        CurrentUser user = reader();
        if (!user.canSeeRegion(regionCode)) {
            throw new AccessDeniedException("无权查看地区 " + regionCode + " 的数据");
        }
        return user;
    }

    public boolean mayWrite(CurrentUser user, String regionCode) {
        return WRITERS.contains(user.role()) && user.canSeeRegion(regionCode);
    }

    public CurrentUser writerOf(String regionCode) {
        CurrentUser user = reader();
        if (!mayWrite(user, regionCode)) {
            throw new AccessDeniedException("当前账号无权修改地区 " + regionCode + " 的数据");
        }
        return user;
    }

    /** Staff or administrators of the region: catalogue-like data (goods, points, the monitoring system). */
    public CurrentUser staffOf(String regionCode) {
        CurrentUser user = reader();
        if ((user.role() != Role.ADMIN && user.role() != Role.STAFF) || !user.canSeeRegion(regionCode)) {
            throw new AccessDeniedException("只有科室人员和系统管理员可以维护");
        }
        return user;
    }
}
