package org.fagai.planning.internal.price;

import java.time.LocalDate;

/** A 价格认证 case as stored; its time reads through {@link CaseClock}. */
record Certification(long id, String caseNo, String regionCode, String requesterKind, String requester, String subject,
                     LocalDate requestDate, int workingDays, LocalDate deadline, long itemId, String state, String result,
                     String documentNo, LocalDate concludedOn, Boolean onTime, String createdBy) {

    public String requesterKey() {
        return "planning.cert.requester." + requesterKind;
    }

    public String stateKey() {
        return "planning.cert.state." + state;
    }
}
