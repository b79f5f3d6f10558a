package org.fagai.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning, once per cluster: the colours of open items for the new day, missed reports, escalations. */
@Component
class DailyRefresh {

    private static final Logger log = LoggerFactory.getLogger(DailyRefresh.class);
    private static final int BATCH = 500;

    private final ItemRepository items;
    private final Supervision supervision;
    private final Clock clock;

    DailyRefresh(ItemRepository items, Supervision supervision, Clock clock) {
        this.items = items;
        this.supervision = supervision;
        this.clock = clock;
    }

    @Scheduled(cron = "0 10 0 * * *", zone = "Asia/Shanghai")
    @SchedulerLock(name = "supervision-colours-daily", lockAtMostFor = "PT1H")
    public void daily() {
        int escalated = refreshAll(LocalDate.now(clock));
        log.info("Supervision colours refreshed; {} items escalated", escalated);
    }

    int refreshAll(LocalDate today) {
        List<Long> ids = items.openIds();
        int escalated = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            escalated += supervision.refresh(ids.subList(from, Math.min(ids.size(), from + BATCH)), today);
        }
        return escalated;
    }
}
