package org.fagai.energy.internal;

import org.fagai.supervision.ItemClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A check finding's 督办 item verified closes the finding. */
@Component
class EnergyLoopEvents {

    private final OnSiteChecks checks;

    EnergyLoopEvents(OnSiteChecks checks) {
        this.checks = checks;
    }

    @ApplicationModuleListener
    void on(ItemClosed event) {
        if (OnSiteChecks.SOURCE.equals(event.sourceType())) {
            checks.itemClosed(event.itemId(), event.closedOn());
        }
    }
}
