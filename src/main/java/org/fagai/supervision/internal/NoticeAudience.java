package org.fagai.supervision.internal;

import org.fagai.shared.StoredText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.RegionCode;

/**
 * Who a notice reaches: an account whose role is one of {@code roles} (or any, when none is given) and whose region is
 * one of {@code regions} or lies within one (a city reaches its districts). A publisher addresses only regions he sees.
 */
record NoticeAudience(Set<Role> roles, List<RegionCode> regions) {

    static final int MAX_REGIONS = 50;

    static NoticeAudience of(NewNotice notice, CurrentUser publisher) {
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        Set<Role> roles = new java.util.LinkedHashSet<>();
        if (notice.roles().size() > Role.values().length) {
            throw FieldErrors.of("roles", StoredText.of("supervision.error.tooManyRoles", Role.values().length));
        }
        for (String r : notice.roles()) {
            try {
                roles.add(Role.valueOf(r));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldErrors.FieldError("roles", StoredText.of("supervision.error.role", Texts.cut(r, 20))));
            }
        }
        List<RegionCode> regions = new ArrayList<>();
        if (notice.regions().size() > MAX_REGIONS) {
            errors.add(new FieldErrors.FieldError("regions", StoredText.of("supervision.error.tooManyRegions", MAX_REGIONS)));
        } else {
            for (String code : notice.regions()) {
                try {
                    RegionCode region = RegionCode.of(code);
                    if (!publisher.canSeeRegion(region.value())) {
                        errors.add(new FieldErrors.FieldError("regions", StoredText.of("supervision.error.regionOutside", code)));
                    } else if (!region.isCountyOrAbove()) {
                        errors.add(new FieldErrors.FieldError("regions", StoredText.of("supervision.error.countyOrAbove", code)));
                    } else {
                        regions.add(region);
                    }
                } catch (IllegalArgumentException e) { // InvalidCodeException too
                    errors.add(new FieldErrors.FieldError("regions", StoredText.of("supervision.error.region", Texts.cut(code, 20))));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        return new NoticeAudience(Set.copyOf(roles), regions.isEmpty() ? List.of(RegionCode.of(publisher.regionCode())) : List.copyOf(regions));
    }

    boolean includes(CurrentUser user) {
        return (roles.isEmpty() || roles.contains(user.role()))
                && regions.stream().anyMatch(r -> r.contains(RegionCode.of(user.regionCode())));
    }
}
