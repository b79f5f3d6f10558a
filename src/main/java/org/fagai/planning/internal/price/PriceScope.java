package org.fagai.planning.internal.price;

import org.fagai.organization.CurrentUser;
import org.fagai.planning.internal.PlanningAccess;
import org.fagai.planning.internal.RegionChoices;
import org.fagai.reference.RegionView;
import org.springframework.stereotype.Component;

/** The districts whose monitoring points a user's averages cover: administrators all, others the regions they see. */
@Component
class PriceScope {

    private final PlanningAccess access;
    private final RegionChoices regions;

    PriceScope(PlanningAccess access, RegionChoices regions) {
        this.access = access;
        this.regions = regions;
    }

    /** The region codes, or null for every region. */
    String[] regions() {
        CurrentUser user = access.reader();
        if (user.isAdmin()) {
            return null;
        }
        return regions.visible().stream().map(RegionView::code).toArray(String[]::new);
    }

    boolean covers(String[] scope, String regionCode) {
        if (scope == null) {
            return true;
        }
        for (String code : scope) {
            if (code.equals(regionCode)) {
                return true;
            }
        }
        return false;
    }
}
