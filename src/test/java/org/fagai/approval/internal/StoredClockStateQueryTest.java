package org.fagai.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.fagai.FagaiIntegrationTest;
import org.fagai.approval.ApprovalKind;
import org.fagai.approval.ClockState;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.credit.CreditCheckResult;
import org.fagai.shared.WorkCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list's state filter is SQL over what the application stored; the state is the aggregate's rule. Stored in
 * PostgreSQL and queried with the list's own conditions at every boundary — the recording moment, the last normal
 * minute, the first warning minute, the deadline, the minute after it — each state's query finds the application
 * exactly when its clock reads that state.
 */
@FagaiIntegrationTest
@Transactional
class StoredClockStateQueryTest {

    private static final String CODE = "91339902MA2K0A0145";

    @Autowired
    WorkingCalendar workingCalendar;
    @Autowired
    ApplicationRepository repository;
    @Autowired
    EntityManager entityManager;
    WorkCalendar calendar;

    @BeforeEach
    void takeTheCalendar() {
        calendar = workingCalendar.current();
    }

    private Application accepted(ApprovalKind kind, TimeLimit limit, String at) {
        LocalDateTime t = LocalDateTime.parse(at);
        CreditCheckResult clean = new CreditCheckResult(CODE, false, "未列入失信联合惩戒对象名单", t);
        Application a = new Application(kind, "东湖智能装备有限公司", CODE, "2406-339902-04-03-000001", "状态查询测试", "339900",
                "投资科", t, "city", clean, null);
        a.accept(t, limit, calendar, clean, "city", null);
        return a;
    }

    /** Records the clock at {@code recordedAt}, stores the row, and compares query and clock at each boundary after it. */
    private void assertQueryAgreesWithTheClock(Application a, LocalDateTime recordedAt) {
        a.recordClock(recordedAt, calendar);
        repository.saveAndFlush(a);
        entityManager.clear();
        TreeSet<LocalDateTime> moments = new TreeSet<>(List.of(recordedAt));
        if (a.countdown().warningAt() != null) {
            moments.addAll(List.of(a.countdown().warningAt().minusMinutes(1), a.countdown().warningAt(), a.deadline().minusMinutes(1), a.deadline(),
                    a.deadline().plusMinutes(1), a.deadline().plusDays(3)));
        }
        for (LocalDateTime t : moments.tailSet(recordedAt, true)) {
            ClockReading clock = a.clock(t, calendar);
            assertThat(statesFound(a.id(), t)).as("states the list finds at " + t)
                    .isEqualTo(clock == null ? List.of() : List.of(clock.state()));
        }
    }

    private List<ClockState> statesFound(long id, LocalDateTime now) {
        List<ClockState> found = new ArrayList<>();
        for (ClockState state : ClockState.values()) {
            TypedQuery<Long> query = entityManager.createQuery("select a.id from Application a where a.id = :id and "
                    + ApplicationList.Filter.stateHql("a", state), Long.class);
            query.setParameter("id", id);
            ApplicationList.Filter.bindStates(query, now);
            if (!query.getResultList().isEmpty()) {
                found.add(state);
            }
        }
        return found;
    }

    @Test
    void anEightHourFilingIsFoundNormalThenWarningThenOverdueAtTheMinutesItsClockSays() {
        Application a = accepted(ApprovalKind.FILING, new TimeLimit(8, LimitUnit.HOURS, 0), "2024-09-27T16:00");
        assertQueryAgreesWithTheClock(a, LocalDateTime.parse("2024-09-27T16:00"));
    }

    @Test
    void aThreeDayFeasibilityStudyIsFoundInTheStateItsClockReadsAcrossTheWeekend() {
        Application a = accepted(ApprovalKind.FEASIBILITY, new TimeLimit(3, LimitUnit.DAYS, 0), "2024-03-15T10:00");
        assertQueryAgreesWithTheClock(a, LocalDateTime.parse("2024-03-15T10:00"));
    }

    @Test
    void aClockRecordedAfterItsWarningMomentIsFoundInWarningAndThenOverdue() {
        Application a = accepted(ApprovalKind.FILING, new TimeLimit(8, LimitUnit.HOURS, 0), "2024-09-27T16:00");
        assertQueryAgreesWithTheClock(a, LocalDateTime.parse("2024-09-29T15:00"));
    }

    @Test
    void aSuspendedAndAResumedClockAreFoundInTheirStates() {
        Application suspended = accepted(ApprovalKind.FILING, new TimeLimit(8, LimitUnit.HOURS, 0), "2024-09-30T09:00");
        suspended.pausing().suspend(LocalDateTime.parse("2024-09-30T15:00"), "补充材料", "city", calendar);
        assertQueryAgreesWithTheClock(suspended, LocalDateTime.parse("2024-10-05T10:00"));
        Application late = accepted(ApprovalKind.FILING, new TimeLimit(8, LimitUnit.HOURS, 0), "2024-09-30T09:00");
        late.pausing().suspend(LocalDateTime.parse("2024-10-08T15:00"), "补充材料", "city", calendar);
        assertQueryAgreesWithTheClock(late, LocalDateTime.parse("2024-10-09T10:00"));
        Application resumed = accepted(ApprovalKind.FILING, new TimeLimit(8, LimitUnit.HOURS, 0), "2024-09-30T09:00");
        resumed.pausing().suspend(LocalDateTime.parse("2024-09-30T15:00"), "补充材料", "city", calendar);
        resumed.pausing().resume(LocalDateTime.parse("2024-10-08T09:00"), "city", calendar);
        assertQueryAgreesWithTheClock(resumed, LocalDateTime.parse("2024-10-08T09:00"));
    }

    @Test
    void anExtendedApprovalIsFoundByItsLaterDeadline() {
        Application a = accepted(ApprovalKind.APPROVAL, new TimeLimit(20, LimitUnit.DAYS, 40), "2024-09-02T10:00");
        KindRules rules = new KindRules(ApprovalKind.APPROVAL, new TimeLimit(20, LimitUnit.DAYS, 40), List.of(), List.of(), 7,
                true, true, false, "示发改核");
        a.requestExtension(10, "需征求有关部门意见", LocalDateTime.parse("2024-09-03T10:00"), "city", rules);
        a.decideExtension(true, LocalDateTime.parse("2024-09-03T11:00"), "leader", calendar);
        assertQueryAgreesWithTheClock(a, LocalDateTime.parse("2024-09-20T10:00"));
    }

    @Test
    void aDecidedApplicationIsFoundInItsFinalStateAndAWithdrawnOneInNone() {
        Application late = accepted(ApprovalKind.FILING, new TimeLimit(8, LimitUnit.HOURS, 0), "2024-06-03T09:00");
        late.decide(LocalDateTime.parse("2024-06-05T10:00"), true, "示发改备〔2024〕1号", null, "city", calendar);
        assertQueryAgreesWithTheClock(late, LocalDateTime.parse("2024-07-01T10:00"));
        Application onTime = accepted(ApprovalKind.FILING, new TimeLimit(8, LimitUnit.HOURS, 0), "2024-06-03T09:00");
        onTime.decide(LocalDateTime.parse("2024-06-03T11:00"), true, "示发改备〔2024〕2号", null, "city", calendar);
        assertQueryAgreesWithTheClock(onTime, LocalDateTime.parse("2024-07-01T10:00"));
        Application withdrawn = accepted(ApprovalKind.FILING, new TimeLimit(8, LimitUnit.HOURS, 0), "2024-06-03T09:00");
        withdrawn.withdraw(LocalDateTime.parse("2024-06-03T10:00"), null, "city");
        assertQueryAgreesWithTheClock(withdrawn, LocalDateTime.parse("2024-07-01T10:00"));
    }
}
