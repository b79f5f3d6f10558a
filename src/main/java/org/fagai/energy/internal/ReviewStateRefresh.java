package org.fagai.energy.internal;

import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.fagai.project.StageChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each review's stored state what {@link ReviewStates} judges today: a lapse date passes by itself (nightly, and
 * at start after a pause), a completed project owes 节能验收 (its stage change); the list filters on the stored state.
 */
@Component
class ReviewStateRefresh {

    private static final Logger log = LoggerFactory.getLogger(ReviewStateRefresh.class);
    private static final int BATCH = 500;

    private final Reviews reviews;
    private final JdbcClient jdbc;

    ReviewStateRefresh(Reviews reviews, JdbcClient jdbc) {
        this.reviews = reviews;
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "0 5 0 * * *", zone = "Asia/Shanghai")
    @SchedulerLock(name = "energy-review-states", lockAtMostFor = "PT30M")
    public void nightly() {
        log.info("Energy review states refreshed: {} changed", refreshAll());
    }

    @EventListener(ApplicationReadyEvent.class)
    public void atStart() {
        refreshAll();
    }

    @ApplicationModuleListener
    void on(StageChanged event) {
        refreshAll();
    }

    /** Judges every review again and stores the states that changed; the number changed. */
    @Transactional
    public int refreshAll() {
        int changed = 0;
        long after = 0;
        while (true) {
            List<ReviewView> batch = reviews.views("WHERE r.id > ?", "ORDER BY r.id LIMIT " + BATCH, List.of(after));
            if (batch.isEmpty()) {
                return changed;
            }
            List<Object[]> updates = new ArrayList<>();
            for (ReviewView r : batch) {
                updates.add(new Object[] {r.state().name(), r.id(), r.state().name()});
            }
            for (Object[] u : updates) {
                changed += jdbc.sql("UPDATE energy_review SET state = ? WHERE id = ? AND state <> ?").params(u).update();
            }
            after = batch.get(batch.size() - 1).id();
        }
    }
}
