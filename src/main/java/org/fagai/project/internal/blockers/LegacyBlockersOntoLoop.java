package org.fagai.project.internal.blockers;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.fagai.organization.ActingUsers;
import org.fagai.organization.CurrentUser;
import org.fagai.project.internal.meetings.MeetingBook;
import org.fagai.supervision.ItemView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Once per database, at the first start with the 督办 loop: every open blocker nobody routed becomes an item, as
 * {@link BlockerLoop#migrate} derives it, and the joint-meeting decisions on it become 会议议定事项 items led by the same
 * person ({@link MeetingBook#migrateDecisions}). Not a Flyway migration, because the item's deadline, colour, timeline,
 * notification and events are the loop's own rules in Java (and demo data is made after Flyway); once per cluster by a
 * ShedLock lock, and idempotent: each blocker is routed in its own transaction and only while it has no item, so a
 * start interrupted half-way finishes the rest the next time. Blockers raised later wait for staff, as before.
 */
@Component
@Order(200)
class LegacyBlockersOntoLoop implements ApplicationRunner {

    static final String NAME = "blockers";
    private static final Logger log = LoggerFactory.getLogger(LegacyBlockersOntoLoop.class);

    /** What a run did: blockers now on the loop, those left for staff to route, and meeting decisions now on it. */
    record Outcome(int migrated, int leftUnrouted, int decisions) {
    }

    private final BlockerLoop loop;
    private final MeetingBook meetings;
    private final ActingUsers acting;
    private final JdbcClient jdbc;
    private final LockProvider locks;
    private final Clock clock;

    LegacyBlockersOntoLoop(BlockerLoop loop, MeetingBook meetings, ActingUsers acting, JdbcClient jdbc, LockProvider locks,
                           Clock clock) {
        this.loop = loop;
        this.meetings = meetings;
        this.acting = acting;
        this.jdbc = jdbc;
        this.locks = locks;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        new DefaultLockingTaskExecutor(locks).executeWithLock((Runnable) this::once,
                new LockConfiguration(clock.instant(), "project-blockers-onto-loop", Duration.ofMinutes(30), Duration.ZERO));
    }

    private void once() {
        if (jdbc.sql("SELECT count(*) FROM project_loop_migration WHERE name = ?").param(NAME).query(Long.class).single() > 0) {
            return;
        }
        Outcome outcome = migrate(jdbc.sql("SELECT id FROM project_blocker WHERE status <> 'RESOLVED' AND item_id IS NULL ORDER BY id")
                .query(Long.class).list());
        jdbc.sql("""
                        INSERT INTO project_loop_migration (name, done_at, migrated, left_unrouted, decisions) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(NAME, java.sql.Timestamp.from(clock.instant()), outcome.migrated(), outcome.leftUnrouted(), outcome.decisions())
                .update();
        log.info("Blockers raised before the 督办 loop: {} now on it with {} meeting decisions, {} left for staff to route",
                outcome.migrated(), outcome.decisions(), outcome.leftUnrouted());
    }

    /**
     * Routes these blockers one by one, then the meeting decisions on each in its supervising officer's name; one that
     * fails or finds nobody to follow it stays as it was.
     */
    Outcome migrate(List<Long> blockerIds) {
        int migrated = 0;
        int left = 0;
        int decisions = 0;
        for (long id : blockerIds) {
            try {
                Optional<ItemView> item = loop.migrate(id);
                if (item.isEmpty()) {
                    left++;
                    continue;
                }
                migrated++;
                CurrentUser supervisor = acting.enabled().stream().filter(u -> u.id() == item.get().supervisorId()).findFirst()
                        .orElseThrow();
                decisions += acting.as(supervisor, () -> meetings.migrateDecisions(id));
            } catch (RuntimeException e) {
                log.warn("Blocker {} (or a decision on it) not moved onto the 督办 loop: {}", id, e.getMessage());
            }
        }
        return new Outcome(migrated, left, decisions);
    }
}
