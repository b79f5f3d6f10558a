package org.fagai.funds.internal;

import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;

/** Who sees which applications: the region tree, and a project owner only his own unit's. */
final class FundsScope {

    private FundsScope() {
    }

    static boolean canSee(CurrentUser user, String regionCode, String ownerCreditCode) {
        return user.canSeeRegion(regionCode) && user.canSeeOwner(ownerCreditCode);
    }

    /** The SQL condition on {@code a.} that keeps a list within the user's scope; its parameters are added to {@code params}. */
    static String condition(CurrentUser user, List<Object> params) {
        StringBuilder sql = new StringBuilder("a.region_code LIKE ?");
        params.add(prefix(user.isAdmin() ? "" : user.regionCode()) + "%");
        if (user.role() == Role.OWNER) {
            sql.append(" AND a.owner_credit_code = ?");
            params.add(user.ownerCreditCode() == null ? "-" : user.ownerCreditCode());
        }
        return sql.toString();
    }

    /** The code prefix every region inside this one starts with: 33 for a province, 3399 for a city. */
    static String prefix(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        if (code.endsWith("0000")) {
            return code.substring(0, 2);
        }
        return code.endsWith("00") ? code.substring(0, 4) : code;
    }
}
