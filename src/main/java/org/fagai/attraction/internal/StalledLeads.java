package org.fagai.attraction.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.fagai.shared.StoredText;
import org.fagai.supervision.NewNotification;
import org.fagai.supervision.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning, once per cluster: each lead whose stored stall day has come tells its officer once (the bell, and e-mail
 * when configured). A lead that progresses and stalls again later has a new stall day, so its officer hears of it again.
 */
@Component
class StalledLeads {

    private static final Logger log = LoggerFactory.getLogger(StalledLeads.class);

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final Clock clock;

    StalledLeads(JdbcClient jdbc, Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.clock = clock;
    }

    record Stalled(long id, long officerId, String investorName, String projectName, LeadStage stage, LocalDate lastProgressOn,
                   LocalDate stalledFrom) {
    }

    @Scheduled(cron = "${fagai.attraction.stalled-cron:0 15 8 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "attraction-stalled-daily", lockAtMostFor = "PT30M")
    public void daily() {
        log.info("Stalled leads: {} officers told", notifyStalled());
    }

    /** Notifies the officers of leads stalled since their last notice; returns how many notifications were new. */
    @Transactional
    public int notifyStalled() {
        List<Stalled> stalled = jdbc.sql("""
                        SELECT id, officer_id, investor_name, project_name, stage, last_progress_on, stalled_from FROM attraction_lead
                        WHERE stalled_from <= ? AND stall_notified IS DISTINCT FROM stalled_from ORDER BY id FOR UPDATE SKIP LOCKED""")
                .param(LocalDate.now(clock))
                .query((rs, n) -> new Stalled(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        LeadStage.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)))
                .list();
        int created = 0;
        for (Stalled s : stalled) {
            if (notifications.send(new NewNotification(s.officerId(), "attraction.lead:" + s.id() + ":stalled:" + s.stalledFrom(),
                    "attraction.stalled", StoredText.of("attraction.notification.stalled", Lead.STALL_DAYS, s.investorName()),
                    StoredText.of("attraction.notification.stalled.body", s.projectName(),
                            StoredText.label("attraction.stage." + s.stage().name()), s.lastProgressOn()),
                    "/attraction/leads/" + s.id()))) {
                created++;
            }
            jdbc.sql("UPDATE attraction_lead SET stall_notified = stalled_from WHERE id = ?").param(s.id()).update();
        }
        return created;
    }
}
