package org.fagai.planning.internal.annual;

import org.fagai.supervision.ItemCancelled;
import org.fagai.supervision.ItemClosed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A plan's task follows its 督办 item: verified → closed with its date, timeliness and result; cancelled → cancelled. */
@Component
class TaskEvents {

    private final JdbcClient jdbc;

    TaskEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ItemClosed closed) {
        jdbc.sql("UPDATE planning_task SET state = 'CLOSED', closed_on = ?, on_time = ?, result = ? WHERE item_id = ? AND state = 'OPEN'")
                .params(closed.closedOn(), closed.onTime(), closed.result(), closed.itemId()).update();
    }

    @ApplicationModuleListener
    void on(ItemCancelled cancelled) {
        jdbc.sql("UPDATE planning_task SET state = 'CANCELLED', result = ? WHERE item_id = ? AND state = 'OPEN'")
                .params(cancelled.reason(), cancelled.itemId()).update();
    }
}
