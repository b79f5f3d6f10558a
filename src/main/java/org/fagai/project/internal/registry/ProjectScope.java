package org.fagai.project.internal.registry;

import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.RegionCode;
import org.fagai.shared.StoredText;
import org.springframework.security.access.AccessDeniedException;

/**
 * Which projects a user sees: administrators all; city users their city and its districts; district users
 * their district; project owners only their own unit's projects. Writes follow the same scope; leaders only read.
 */
public record ProjectScope(CurrentUser user) {

    /** A SQL condition on the project alias {@code p}, with its parameters appended to {@code params}. */
    public String sql(List<Object> params) {
        return sql(params, "p.region_code");
    }

    /**
     * The same condition where the project's region is read from {@code regionColumn} (a row that keeps it, like a list
     * entry); an owner's scope still reads the project alias {@code p} (see {@link #needsProject()}).
     */
    public String sql(List<Object> params, String regionColumn) {
        if (user.role() == Role.ADMIN) {
            return "TRUE";
        }
        if (user.role() == Role.OWNER) {
            params.add(user.ownerCreditCode() == null ? "-" : user.ownerCreditCode());
            return "p.owner_credit_code = ?";
        }
        params.add(RegionCode.of(user.regionCode()).scopePrefix() + "%");
        return regionColumn + " LIKE ?";
    }

    /** Whether {@link #sql(List, String)} reads the project row itself (an owner's scope is their credit code). */
    public boolean needsProject() {
        return user.role() == Role.OWNER;
    }

    public boolean canSee(String regionCode, String ownerCreditCode) {
        return user.canSeeRegion(regionCode) && user.canSeeOwner(ownerCreditCode)
                && (user.role() != Role.OWNER || ownerCreditCode != null);
    }

    public void requireVisible(Project project) {
        if (!canSee(project.regionCode(), project.ownerCreditCode())) {
            throw new NotFoundException(StoredText.of("project.error.outOfScope", project.code()));
        }
    }

    /** Staff, district staff and administrators maintain projects in their scope. */
    public void requireEditor(String regionCode) {
        if (user.role() == Role.LEADER || user.role() == Role.OWNER) {
            throw new AccessDeniedException("当前角色只能查看项目，不能修改");
        }
        if (!user.canSeeRegion(regionCode)) {
            throw new AccessDeniedException("地区 " + regionCode + " 不在您的管辖范围内");
        }
    }

    /** Staff who may reopen a locked month and manage meetings: city and district staff, administrators. */
    public void requireStaff() {
        if (user.role() == Role.LEADER || user.role() == Role.OWNER) {
            throw new AccessDeniedException("仅科室人员可执行此操作");
        }
    }
}
