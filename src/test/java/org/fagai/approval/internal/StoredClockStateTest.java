package org.fagai.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.fagai.FagaiIntegrationTest;
import org.fagai.approval.ApprovalKind;
import org.fagai.approval.ClockState;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.credit.CreditCheckResult;
import org.fagai.shared.WorkCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The state an application stores for the list's filter ({@link Application#recordClock}) and the state its clock reads
 * agree at every minute, on the boundaries above all: the last normal minute, the first warning minute, the deadline and
 * the minute after it; across nights, weekends, holidays, a suspension and an extension. Built in memory.
 */
@FagaiIntegrationTest
class StoredClockStateTest {

    private static final String CODE = "91339902MA2K0A0145";

    @Autowired
    WorkingCalendar workingCalendar;
    WorkCalendar calendar;

    @BeforeEach
    void takeTheCalendar() {
        calendar = workingCalendar.current();
    }

    /** How the list's query reads the stored columns (ApplicationList): the running clock by its moments, else the state. */
    private static ClockState storedStateAt(Application a, LocalDateTime t) {
        if (a.countdown().warningAt() == null) {
            return a.countdown().clockState();
        }
        if (a.countdown().clockState() == ClockState.OVERDUE || a.deadline().isBefore(t)) {
            return ClockState.OVERDUE;
        }
        return a.countdown().clockState() == ClockState.WARNING || !a.countdown().warningAt().isAfter(t) ? ClockState.WARNING : ClockState.NORMAL;
    }

    private void assertAgreesEveryMinute(Application a, LocalDateTime recordedAt, LocalDateTime until) {
        a.recordClock(recordedAt, calendar);
        for (LocalDateTime t = recordedAt; !t.isAfter(until); t = t.plusMinutes(1)) {
            assertThat(storedStateAt(a, t)).as("at " + t).isEqualTo(a.clock(t, calendar).state());
        }
    }

    private Application accepted(ApprovalKind kind, TimeLimit limit, String at) {
        LocalDateTime t = LocalDateTime.parse(at);
        CreditCheckResult clean = new CreditCheckResult(CODE, false, "未列入失信联合惩戒对象名单", t);
        Application a = new Application(kind, "东湖智能装备有限公司", CODE, "2406-339902-04-03-000001", "测试事项", "339900",
                "投资科", t, "city", clean, null);
        a.accept(t, limit, calendar, clean, "city", null);
        return a;
    }

    @Test
    void anEightHourFilingTurnsToWarningWithTwoHoursLeftAndOverdueTheMinuteAfterItsDeadline() {
        // Accepted Friday 16:00 before National Day 2024: due on the working Sunday 29 Sep at 16:00.
        Application a = accepted(ApprovalKind.FILING, new TimeLimit(8, LimitUnit.HOURS, 0), "2024-09-27T16:00");
        a.recordClock(LocalDateTime.parse("2024-09-27T16:00"), calendar);
        assertThat(a.countdown().clockState()).isEqualTo(ClockState.NORMAL);
        // A quarter of 480 minutes is 120: warning once fewer than 120 are left, i.e. from 14:01 on the deadline day.
        assertThat(a.countdown().warningAt()).isEqualTo(LocalDateTime.parse("2024-09-29T14:01"));
        assertThat(a.clock(a.countdown().warningAt().minusMinutes(1), calendar).state()).isEqualTo(ClockState.NORMAL);
        assertThat(a.clock(a.countdown().warningAt(), calendar).state()).isEqualTo(ClockState.WARNING);
        assertThat(a.clock(a.deadline(), calendar).state()).isEqualTo(ClockState.WARNING);
        assertThat(a.clock(a.deadline().plusMinutes(1), calendar).state()).isEqualTo(ClockState.OVERDUE);
        assertAgreesEveryMinute(a, LocalDateTime.parse("2024-09-27T16:00"), LocalDateTime.parse("2024-09-30T10:00"));
    }

    @Test
    void aThreeDayFeasibilityStudyTurnsToWarningOnTheMorningOfItsLastDay() {
        // Due Wednesday 20 March at 18:00; 3 working days are 1,440 minutes: warning with fewer than 360 left, which is
        // from 11:01 that morning (59 minutes before noon and the 300 of the afternoon), not over the weekend.
        Application a = accepted(ApprovalKind.FEASIBILITY, new TimeLimit(3, LimitUnit.DAYS, 0), "2024-03-15T10:00");
        assertAgreesEveryMinute(a, LocalDateTime.parse("2024-03-15T10:00"), LocalDateTime.parse("2024-03-22T09:00"));
        assertThat(a.countdown().warningAt()).isEqualTo(LocalDateTime.parse("2024-03-20T11:01"));
        assertThat(a.clock(a.countdown().warningAt(), calendar).state()).isEqualTo(ClockState.WARNING);
        assertThat(a.clock(a.countdown().warningAt().minusMinutes(1), calendar).state()).isEqualTo(ClockState.NORMAL);
    }

    @Test
    void aSuspendedClockStoresItsStateAndNoWarningMomentAndAResumedOneAgreesAgain() {
        Application a = accepted(ApprovalKind.FILING, new TimeLimit(8, LimitUnit.HOURS, 0), "2024-09-30T09:00");
        a.pausing().suspend(LocalDateTime.parse("2024-09-30T15:00"), "补充材料", "city", calendar);
        a.recordClock(LocalDateTime.parse("2024-10-05T10:00"), calendar);
        assertThat(a.countdown().warningAt()).isNull();
        assertThat(a.countdown().clockState()).isEqualTo(ClockState.NORMAL);   // 180 of 480 minutes left: not less than a quarter
        a.pausing().resume(LocalDateTime.parse("2024-10-08T09:00"), "city", calendar);
        assertAgreesEveryMinute(a, LocalDateTime.parse("2024-10-08T09:00"), LocalDateTime.parse("2024-10-09T12:00"));
    }

    @Test
    void anExtendedApprovalStoresTheLaterWarningMomentAndAgreesOverTheHoliday() {
        Application a = accepted(ApprovalKind.APPROVAL, new TimeLimit(20, LimitUnit.DAYS, 40), "2024-09-02T10:00");
        a.recordClock(LocalDateTime.parse("2024-09-02T10:00"), calendar);
        LocalDateTime before = a.countdown().warningAt();
        a.requestExtension(10, "需征求有关部门意见", LocalDateTime.parse("2024-09-03T10:00"), "city",
                KindRules.of(ApprovalKind.APPROVAL, new TimeLimit(20, LimitUnit.DAYS, 40)));
        a.decideExtension(true, LocalDateTime.parse("2024-09-03T11:00"), "leader", calendar);
        assertAgreesEveryMinute(a, LocalDateTime.parse("2024-09-20T10:00"), a.deadline().plusHours(12));
        assertThat(a.countdown().warningAt()).isAfter(before);
    }

    @Test
    void aDecidedOrWithdrawnApplicationStoresItsFinalStateOrNone() {
        Application late = accepted(ApprovalKind.FILING, new TimeLimit(8, LimitUnit.HOURS, 0), "2024-06-03T09:00");
        late.decide(LocalDateTime.parse("2024-06-05T10:00"), true, "示发改备〔2024〕1号", null, "city", calendar);
        late.recordClock(LocalDateTime.parse("2024-07-01T10:00"), calendar);
        assertThat(late.countdown().clockState()).isEqualTo(ClockState.OVERDUE);
        assertThat(late.countdown().warningAt()).isNull();
        Application withdrawn = accepted(ApprovalKind.FILING, new TimeLimit(8, LimitUnit.HOURS, 0), "2024-06-03T09:00");
        withdrawn.withdraw(LocalDateTime.parse("2024-06-03T10:00"), null, "city");
        withdrawn.recordClock(LocalDateTime.parse("2024-07-01T10:00"), calendar);
        assertThat(withdrawn.countdown().clockState()).isNull();
    }
}
