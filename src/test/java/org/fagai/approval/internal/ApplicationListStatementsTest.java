package org.fagai.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.fagai.FagaiIntegrationTest;
import org.fagai.StatementCounter;
import org.fagai.approval.ApplicationStatus;
import org.fagai.approval.ApprovalAttention;
import org.fagai.approval.ClockState;
import org.fagai.calendar.DayKind;
import org.fagai.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application list reads the clock state each application stored: a page is at most three SQL statements whatever
 * its size, rows written outside the aggregate are computed by the clock job, and a calendar change recomputes the
 * running clocks. Runs on the demo applications.
 */
@FagaiIntegrationTest
class ApplicationListStatementsTest {

    @Autowired
    Applications applications;
    @Autowired
    ApprovalAttention attention;
    @Autowired
    ApplicationClocks clocks;
    @Autowired
    ApplicationRepository repository;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;

    @Test
    @WithUserDetails("admin")
    void aListPageIsAtMostThreeStatementsWhateverItsSizeAndFilter() throws Exception {
        for (int size : List.of(1, 20, 500, 10_000)) {
            for (ClockState state : new ClockState[] {null, ClockState.NORMAL, ClockState.WARNING, ClockState.OVERDUE}) {
                var counted = StatementCounter.count(() -> applications.search(new ApplicationQuery(null, null, state, null, 0, size)));
                assertThat(counted.statements()).as("size " + size + ", state " + state).isBetween(1, 3);
            }
        }
        var all = StatementCounter.count(() -> applications.search(new ApplicationQuery(null, null, null, null, 0, 500)));
        assertThat(all.result().items()).as("licences shown").anyMatch(v -> v.licence() != null);
        assertThat(all.result().items().size()).isGreaterThan(20);
        assertThat(StatementCounter.count(() -> applications.search(new ApplicationQuery(ApplicationStatus.APPROVED, null, null,
                "有限公司", 1, 5))).statements()).isLessThanOrEqualTo(3);
        assertThat(StatementCounter.count(() -> attention.needingAttention(8)).statements()).isEqualTo(2);
    }

    @Test
    @WithUserDetails("city")
    void rowsWrittenOutsideTheAggregateAreComputedByTheClockJobAndFilterAsTheirClocksRead() {
        jdbc.sql("UPDATE approval_application SET clock_state = NULL, warning_at = NULL, clock_stale = TRUE").update();
        assertThat(clocks.recomputeStale()).isGreaterThan(30);
        assertThat(jdbc.sql("SELECT count(*) FROM approval_application WHERE clock_stale").query(Long.class).single()).isZero();
        assertFilterMatchesClocks();
    }

    @Test
    @WithUserDetails("city")
    void aRunningClockCrossingItsWarningMomentIsAdvancedByTheJob() {
        LocalDateTime now = LocalDateTime.now(clock);
        int turned = jdbc.sql("UPDATE approval_application SET clock_state = 'NORMAL' WHERE warning_at <= ? AND deadline >= ?")
                .params(now, now).update();
        assertThat(turned).as("the demo's filing in warning now").isPositive();
        assertThat(clocks.advanceRunning()).isGreaterThanOrEqualTo(turned);
        assertThat(jdbc.sql("SELECT count(*) FROM approval_application WHERE warning_at <= ? AND clock_state = 'NORMAL'")
                .param(now).query(Long.class).single()).isZero();
        assertFilterMatchesClocks();
    }

    @Test
    @WithUserDetails("admin")
    void aHolidayAddedBeforeARunningDeadlineMovesItsStoredWarningMoment() throws Exception {
        LocalDateTime acceptedAt = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        Long id = transactions.execute(status -> {
            Application a = new Application(org.fagai.approval.ApprovalKind.APPROVAL, "东湖智能装备有限公司", "91339902MA2K0A0145",
                    "2406-339902-04-03-000001", "日历测试", "339900", "投资科", acceptedAt, "city", null, null);
            a.accept(acceptedAt, new TimeLimit(20, LimitUnit.DAYS, 40), calendar.current(),
                    new org.fagai.credit.CreditCheckResult("91339902MA2K0A0145", false, "未列入", acceptedAt), "city", null);
            a.recordClock(acceptedAt, calendar.current());
            return repository.save(a).id();
        });
        LocalDateTime before = warningAt(Objects.requireNonNull(id));
        // A working day between the warning moment and the deadline (which stays where acceptance put it).
        LocalDate day = before.toLocalDate().plusDays(1);
        while (!calendar.day(day).workday() || calendar.day(day).kind() != DayKind.ORDINARY) {
            day = day.plusDays(1);
        }
        try {
            calendar.setDay(day, DayKind.HOLIDAY, "测试假日");
            // A working day fewer before the deadline: fewer minutes left at any moment, so the warning comes earlier.
            assertThat(eventually(() -> warningAt(id), moment -> moment.isBefore(before))).isBefore(before);
        } finally {
            calendar.setDay(day, DayKind.ORDINARY, null);
        }
        assertThat(eventually(() -> warningAt(id), before::equals)).isEqualTo(before);
    }

    /** The listener of calendar changes runs after the change commits, on its own thread: wait for it (10 s at most). */
    private static <T> T eventually(Supplier<T> read, Predicate<T> done) throws InterruptedException {
        T value = read.get();
        for (int i = 0; i < 100 && !done.test(value); i++) {
            Thread.sleep(100);
            value = read.get();
        }
        return value;
    }

    private LocalDateTime warningAt(long id) {
        return jdbc.sql("SELECT warning_at FROM approval_application WHERE id = ?").param(id).query(LocalDateTime.class).single();
    }

    private void assertFilterMatchesClocks() {
        List<ApplicationView> all = applications.search(new ApplicationQuery(null, null, null, null, 0, 10_000)).items();
        for (ClockState state : ClockState.values()) {
            List<Long> shown = all.stream().filter(v -> v.state() == state).map(ApplicationView::id).toList();
            ListPage<ApplicationView> filtered = applications.search(new ApplicationQuery(null, null, state, null, 0, 10_000));
            assertThat(filtered.items().stream().map(ApplicationView::id).toList()).as(state.name()).isEqualTo(shown);
            assertThat(filtered.total()).isEqualTo(shown.size());
        }
    }
}
