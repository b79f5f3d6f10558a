package org.fagai.enterprise.internal;

import java.time.LocalDate;
import java.util.List;

/** What the service pages and the API show of packages and visits. */
final class ServiceViews {

    private ServiceViews() {
    }

    record PackageView(long id, String creditCode, String enterpriseName, String regionCode, String regionName,
                       long leaderId, String leaderName, long staffId, String staffName, String policies,
                       int visitsPerQuarter, long visitsThisQuarter, LocalDate lastVisit, boolean behind,
                       LocalDate quarterEnd) {
    }

    record VisitView(long id, String creditCode, String enterpriseName, LocalDate visitedOn, String visitors,
                     String metWith, String discussed, String createdBy, List<Long> photoIds, List<Long> demandIds) {
    }
}
