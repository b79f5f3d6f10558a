package org.fagai.enterprise.internal;

import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.supervision.ItemCancelled;
import org.fagai.supervision.ItemClosed;
import org.fagai.supervision.ItemSigned;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Demands, hazards and 信访 cases follow their 督办 items: signing counts a demand's response, closing answers it (or the case),
 * cancelling sends a demand back to 待派单.
 */
@Component
class LoopEvents {

    private final DemandRepository repository;
    private final WorkingCalendar calendar;
    private final AuditLog audit;
    private final Petitions petitions;
    private final Safety safety;

    LoopEvents(DemandRepository repository, WorkingCalendar calendar, AuditLog audit, Petitions petitions, Safety safety) {
        this.safety = safety;
        this.petitions = petitions;
        this.repository = repository;
        this.calendar = calendar;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(ItemSigned event) {
        if (!Demands.SOURCE.equals(event.sourceType())) {
            return;
        }
        for (Demand demand : repository.forItem(event.itemId())) {
            if (demand.signed(event.itemId(), event.signedOn(), calendar.current())) {
                repository.save(demand);
            }
        }
    }

    @ApplicationModuleListener
    void on(ItemClosed event) {
        if (Safety.SOURCE.equals(event.sourceType())) {
            safety.itemClosed(event.itemId(), event.closedOn());
            return;
        }
        if (Petitions.SOURCE.equals(event.sourceType())) {
            petitions.itemClosed(event.itemId(), event.result(), event.closedOn());
            return;
        }
        if (!Demands.SOURCE.equals(event.sourceType())) {
            return;
        }
        for (Demand demand : repository.forItem(event.itemId())) {
            if (demand.itemClosed(event.itemId(), event.result(), event.closedOn())) {
                repository.save(demand);
                audit.recordAs("system", null, AuditAction.UPDATE, Demands.AUDIT_TYPE, String.valueOf(demand.id),
                        StoredText.of("enterprise.audit.demand.itemClosed", event.itemId()));
            }
        }
    }

    @ApplicationModuleListener
    void on(ItemCancelled event) {
        if (!Demands.SOURCE.equals(event.sourceType())) {
            return;
        }
        for (Demand demand : repository.forItem(event.itemId())) {
            if (demand.itemCancelled(event.itemId())) {
                repository.save(demand);
                audit.recordAs("system", null, AuditAction.UPDATE, Demands.AUDIT_TYPE, String.valueOf(demand.id),
                        StoredText.of("enterprise.audit.demand.itemCancelled", event.itemId(), event.reason()));
            }
        }
    }
}
