package org.fagai.energy.internal;

import java.util.List;
import java.util.Set;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.RegionCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and change energy data, checked in the services: the commission's users within their region (unit
 * accounts see nothing); reports, checks and project figures by staff, district users and administrators; targets and
 * assessments by staff and administrators; coefficients only by administrators.
 */
@Component
class EnergyAccess {

    private static final Set<Role> WRITERS = Set.of(Role.ADMIN, Role.STAFF, Role.DISTRICT);
    private static final Set<Role> PLANNERS = Set.of(Role.ADMIN, Role.STAFF);

    private final UserDirectory users;

    EnergyAccess(UserDirectory users) {
        this.users = users;
    }

    CurrentUser reader() {
        CurrentUser user = users.requireCurrent();
        if (user.role().unitAccount()) {
            throw new AccessDeniedException("当前账号无权查看能耗数据");
        }
        return user;
    }

    /** Whether the signed-in user may read energy data at all (a unit account may not: a brief leaves the energy part out). */
    boolean mayRead() {
        return !users.requireCurrent().role().unitAccount();
    }

    CurrentUser readerOf(String regionCode) {
        CurrentUser user = reader();
        if (!user.canSeeRegion(regionCode)) {
            throw new AccessDeniedException("无权查看地区 " + regionCode + " 的能耗数据");
        }
        return user;
    }

    CurrentUser writer() {
        CurrentUser user = reader();
        if (!WRITERS.contains(user.role())) {
            throw new AccessDeniedException("当前账号无权填报能耗数据");
        }
        return user;
    }

    CurrentUser planner() {
        CurrentUser user = reader();
        if (!PLANNERS.contains(user.role())) {
            throw new AccessDeniedException("当前账号无权设定能耗目标或组织考核");
        }
        return user;
    }

    CurrentUser admin() {
        return admin("只有系统管理员可以修改折标系数和排放因子");
    }

    CurrentUser admin(String denied) {
        CurrentUser user = reader();
        if (!user.isAdmin()) {
            throw new AccessDeniedException(denied);
        }
        return user;
    }

    static boolean mayWrite(CurrentUser user) {
        return WRITERS.contains(user.role());
    }

    static boolean mayPlan(CurrentUser user) {
        return PLANNERS.contains(user.role());
    }

    /** The SQL condition on a county column that keeps rows within the user's region; parameters go to {@code params}. */
    static String scope(CurrentUser user, String countyColumn, List<Object> params) {
        params.add(scopePrefix(user) + "%");
        return countyColumn + " LIKE ?";
    }

    /** What every region code the user may see starts with ({@link RegionCode#scopePrefix}); empty for an administrator. */
    static String scopePrefix(CurrentUser user) {
        return user.isAdmin() ? "" : RegionCode.of(user.regionCode()).scopePrefix();
    }
}
