package org.fagai.enterprise.internal;

import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.RegionCode;
import org.fagai.shared.StoredText;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the enterprise module: staff, district staff and administrators keep the registry and record
 * visits, inspections and demands in their region; leaders read; a unit account (enterprise, project owner) sees only
 * its own enterprise, raises demands for it and reports its rectifications.
 */
@Component
class EnterpriseAccess {

    private final UserDirectory users;

    EnterpriseAccess(UserDirectory users) {
        this.users = users;
    }

    CurrentUser user() {
        return users.requireCurrent();
    }

    /** Any signed-in user may read, within {@link #scope}. */
    CurrentUser reader() {
        return users.requireCurrent();
    }

    /** Keeps the registry, packages, visits, inspections: administrators, staff and district staff. */
    CurrentUser keeper() {
        CurrentUser user = users.requireCurrent();
        if (user.role() != Role.ADMIN && user.role() != Role.STAFF && user.role() != Role.DISTRICT) {
            throw new AccessDeniedException("只有科室人员、区县发改和管理员可以维护企业服务数据");
        }
        return user;
    }

    /** Routes demands, records return visits, handles 信访: the commission's staff and leaders. */
    CurrentUser handler() {
        CurrentUser user = users.requireCurrent();
        if (user.role().unitAccount()) {
            throw new AccessDeniedException("企业账号不能执行此操作");
        }
        return user;
    }

    /** A record of this enterprise in this region is visible to the user, or a Chinese 404 (never a hint it exists). */
    void requireVisible(CurrentUser user, String creditCode, String regionCode) {
        if (!visible(user, creditCode, regionCode)) {
            throw new NotFoundException(StoredText.of("enterprise.error.enterpriseNotVisible", creditCode));
        }
    }

    static boolean visible(CurrentUser user, String creditCode, String regionCode) {
        if (user.role().unitAccount()) {
            return creditCode != null && creditCode.equals(user.ownerCreditCode());
        }
        return user.canSeeRegion(regionCode);
    }

    /** A SQL condition on {@code alias}'s credit_code and region_code, parameters appended. */
    static String scope(CurrentUser user, String alias, List<Object> params) {
        if (user.role().unitAccount()) {
            params.add(user.ownerCreditCode() == null ? "" : user.ownerCreditCode());
            return alias + ".credit_code = ?";
        }
        if (user.isAdmin()) {
            return "TRUE";
        }
        params.add(prefix(user.regionCode()) + "%");
        return alias + ".region_code LIKE ?";
    }

    static String prefix(String code) {
        RegionCode region = RegionCode.of(code);
        return switch (region.level()) {
            case PROVINCE -> region.provinceCode();
            case PREFECTURE -> region.prefectureCode();
            case COUNTY, TOWN -> region.value();
        };
    }
}
