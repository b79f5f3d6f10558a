package org.fagai.attraction.internal;

import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.RegionCode;
import org.fagai.shared.StoredText;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what: the commission's staff, district staff and administrators keep the attraction records of their
 * region; leaders read them; unit accounts (project owners, enterprises) see none of it.
 */
@Component
class AttractionAccess {

    private final UserDirectory users;

    AttractionAccess(UserDirectory users) {
        this.users = users;
    }

    CurrentUser reader() {
        CurrentUser user = users.requireCurrent();
        if (user.role().unitAccount()) {
            throw new AccessDeniedException("项目单位和企业账号不能查看招商引资数据");
        }
        return user;
    }

    CurrentUser keeper() {
        CurrentUser user = users.requireCurrent();
        if (!keeps(user)) {
            throw new AccessDeniedException("只有科室人员、区县发改和管理员可以登记招商引资数据");
        }
        return user;
    }

    static boolean keeps(CurrentUser user) {
        return user.role() == Role.ADMIN || user.role() == Role.STAFF || user.role() == Role.DISTRICT;
    }

    /** A record of this region is visible to the user, or a Chinese 404 (never a hint that it exists). */
    static void requireVisible(CurrentUser user, String regionCode, String what) {
        if (!user.canSeeRegion(regionCode)) {
            throw new NotFoundException(what);
        }
    }

    /** The region asked for (6 digits), or the user's own; one outside the user's scope is refused. */
    String region(String regionCode) {
        CurrentUser user = reader();
        String region = regionCode == null || regionCode.isBlank() ? user.regionCode() : regionCode.strip();
        if (!region.matches("[0-9]{6}")) {
            throw FieldErrors.of("region", StoredText.of("attraction.error.regionDigits"));
        }
        if (!user.canSeeRegion(region)) {
            throw new AccessDeniedException("地区 " + region + " 不在您的管辖范围内");
        }
        return region;
    }

    /** The SQL condition on {@code alias.region_code} that keeps a list within the user's scope; parameters appended. */
    static String scope(CurrentUser user, String alias, List<Object> params) {
        if (user.isAdmin()) {
            return "TRUE";
        }
        params.add(prefix(user.regionCode()) + "%");
        return alias + ".region_code LIKE ?";
    }

    /** The code prefix every region inside this one starts with ({@link RegionCode#scopePrefix}); empty: every region. */
    static String prefix(String code) {
        return code == null || code.isEmpty() ? "" : RegionCode.of(code).scopePrefix();
    }
}
