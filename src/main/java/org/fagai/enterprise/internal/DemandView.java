package org.fagai.enterprise.internal;

import java.time.LocalDate;

/** A demand as the API and the pages show it, names resolved. */
record DemandView(long id, String creditCode, String enterpriseName, String regionCode, DemandCategory category,
                  String categoryName, String content, String raisedBy, Channel channel, Urgency urgency, DemandState state,
                  LocalDate raisedOn, Long departmentId, String departmentName, Long leadPersonId, String leadPersonName,
                  Integer workingDays, LocalDate routedOn, LocalDate deadline, Long itemId, LocalDate signedOn,
                  Boolean respondedInTime, String answer, LocalDate answeredOn, boolean reopened,
                  Satisfaction firstSatisfaction, Satisfaction satisfaction, Boolean resolved, String returnNote,
                  LocalDate returnVisitedOn, LocalDate closedOn, boolean overdue) {
}
