package org.fagai.businessenv.internal;

import org.fagai.supervision.ItemCancelled;
import org.fagai.supervision.ItemClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Data collection and reform tasks follow their 督办 items: closed is reported / done, cancelled is withdrawn. */
@Component
class EvaluationLoopEvents {

    private final DataCollection collection;
    private final ReformTasks reforms;

    EvaluationLoopEvents(DataCollection collection, ReformTasks reforms) {
        this.collection = collection;
        this.reforms = reforms;
    }

    @ApplicationModuleListener
    void on(ItemClosed event) {
        if (DataCollection.SOURCE.equals(event.sourceType())) {
            collection.itemClosed(event.itemId(), event.closedOn());
        } else if (ReformTasks.SOURCE.equals(event.sourceType())) {
            reforms.itemClosed(event.itemId(), event.closedOn());
        }
    }

    @ApplicationModuleListener
    void on(ItemCancelled event) {
        if (DataCollection.SOURCE.equals(event.sourceType())) {
            collection.itemCancelled(event.itemId());
        } else if (ReformTasks.SOURCE.equals(event.sourceType())) {
            reforms.itemCancelled(event.itemId());
        }
    }
}
