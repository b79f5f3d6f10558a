package org.fagai.planning.internal;

import java.util.ArrayList;
import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.RegionCode;
import org.fagai.shared.RegionLevel;
import org.springframework.stereotype.Component;

/** The regions a user picks from on the planning pages: his own and, for a city user, its districts. */
@Component
public class RegionChoices {

    private final RegionDirectory regions;
    private final PlanningAccess access;

    RegionChoices(RegionDirectory regions, PlanningAccess access) {
        this.regions = regions;
        this.access = access;
    }

    public List<RegionView> visible() {
        CurrentUser user = access.reader();
        List<RegionView> list = new ArrayList<>();
        regions.find(user.regionCode()).ifPresent(list::add);
        if (RegionCode.of(user.regionCode()).level() != RegionLevel.COUNTY) {
            list.addAll(regions.children(user.regionCode()).stream().filter(RegionView::enabled).toList());
        }
        return list;
    }

    public List<RegionView> writable() {
        CurrentUser user = access.reader();
        return visible().stream().filter(r -> access.mayWrite(user, r.code())).toList();
    }

    /** The districts under the user's city (for a district user: his city's districts). */
    public String cityOf(CurrentUser user) {
        RegionCode code = RegionCode.of(user.regionCode());
        return code.level() == RegionLevel.COUNTY ? code.parent().orElseThrow().value() : code.value();
    }
}
