package org.fagai.planning.internal.price;

import org.fagai.supervision.ItemCancelled;
import org.fagai.supervision.ItemClosed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A 价格认证 case follows its 督办 item: verified → concluded (on time or not), cancelled → cancelled. */
@Component
class CertificationEvents {

    private final JdbcClient jdbc;

    CertificationEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ItemClosed closed) {
        if (Certifications.SOURCE.equals(closed.sourceType())) {
            jdbc.sql("""
                            UPDATE price_certification SET state = 'CONCLUDED', concluded_on = ?, on_time = ?,
                                result = coalesce(result, ?) WHERE item_id = ? AND state = 'OPEN'""")
                    .params(closed.closedOn(), closed.onTime(), closed.result(), closed.itemId()).update();
        }
    }

    @ApplicationModuleListener
    void on(ItemCancelled cancelled) {
        if (Certifications.SOURCE.equals(cancelled.sourceType())) {
            jdbc.sql("UPDATE price_certification SET state = 'CANCELLED' WHERE item_id = ? AND state = 'OPEN'")
                    .param(cancelled.itemId()).update();
        }
    }
}
