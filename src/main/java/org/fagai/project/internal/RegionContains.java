package org.fagai.project.internal;

import org.fagai.shared.RegionCode;

final class RegionContains {

    private RegionContains() {
    }

    /** Whether a meeting held by a city is visible to one of its districts (they attend it). */
    static boolean parentOf(String meetingRegion, String userRegion) {
        return RegionCode.of(meetingRegion).contains(RegionCode.of(userRegion));
    }
}
