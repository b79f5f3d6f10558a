package org.fagai.credit.internal;

import org.fagai.credit.LicenceGranted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A granted licence becomes its 双公示 record in the decision's own transaction: the decision and its record are
 * committed together or not at all, and the decision's answer already shows the record and its due date.
 */
@Component
class LicenceGrants {

    private final Licences licences;

    LicenceGrants(Licences licences) {
        this.licences = licences;
    }

    @EventListener
    void on(LicenceGranted granted) {
        licences.record(granted);
    }
}
