package org.fagai.organization;

import java.io.Serializable;
import org.fagai.shared.RegionCode;

/**
 * The signed-in user as other modules see him. Data scope follows the region tree: a city user sees the
 * city and its districts (and their towns), a district user only his district, a project owner only his own unit's
 * records, an enterprise account only its own enterprise ({@code ownerCreditCode} is the unit's credit code for both).
 */
public record CurrentUser(long id, String username, String displayName, Role role, String regionCode,
                          String regionName, String departmentName, String ownerCreditCode) implements Serializable {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean canSeeRegion(String code) {
        return code != null && (isAdmin() || RegionCode.of(regionCode).contains(RegionCode.of(code)));
    }

    /** Whether an enterprise's record is visible: an enterprise account sees only its own (its credit code). */
    public boolean canSeeEnterprise(String creditCode) {
        return role != Role.ENTERPRISE || (ownerCreditCode != null && ownerCreditCode.equals(creditCode));
    }

    /** Whether a record owned by the unit with this credit code is visible: owners see only their own unit's. */
    public boolean canSeeOwner(String unitCreditCode) {
        return role != Role.OWNER || (ownerCreditCode != null && ownerCreditCode.equals(unitCreditCode));
    }
}
