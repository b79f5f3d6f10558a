package org.fagai.approval.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.fagai.credit.CommitmentSettled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every night, a 信用承诺 whose 容缺 material is still missing after the promised day is breached
 * ({@link PartialAcceptance#breachIfOverdue}) and reported to credit once, as a breach of a material that arrived late is.
 */
@Component
class BrokenPromises {

    private static final Logger log = LoggerFactory.getLogger(BrokenPromises.class);

    private final JdbcClient jdbc;
    private final ApplicationRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BrokenPromises(JdbcClient jdbc, ApplicationRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "0 50 1 * * *", zone = "Asia/Shanghai")
    @SchedulerLock(name = "approval-broken-promises", lockAtMostFor = "PT30M")
    public void nightly() {
        log.info("Broken commitments reported to credit: {}", report());
    }

    @Transactional
    public int report() {
        LocalDate today = LocalDate.now(clock);
        // Candidates only (a commitment not yet breached with an open material); the rule is the application's.
        List<Long> ids = jdbc.sql("""
                        SELECT DISTINCT a.id FROM approval_application a JOIN approval_missing_document m ON m.application_id = a.id
                        WHERE a.commitment_text IS NOT NULL AND NOT a.commitment_breached AND m.supplied_at IS NULL""")
                .query(Long.class).list();
        int reported = 0;
        for (Long id : ids) {
            Application a = repository.findById(id).orElseThrow();
            var breach = a.partial().breachIfOverdue(today);
            if (breach.isPresent()) {
                events.publishEvent(new CommitmentSettled(a.id(), a.applicantCreditCode(), false, today, breach.get()));
                reported++;
            }
        }
        return reported;
    }
}
