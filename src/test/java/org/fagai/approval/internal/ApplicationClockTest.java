package org.fagai.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.fagai.FagaiIntegrationTest;
import org.fagai.approval.ApplicationStatus;
import org.fagai.approval.ApprovalKind;
import org.fagai.approval.ClockState;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.credit.CreditCheckResult;
import org.fagai.shared.WorkCalendar;
import org.fagai.shared.web.StoredTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The promised-time clock of an application, on the official calendar the platform loads (2024: Spring Festival
 * 10–17 Feb with working Sundays 4 and 18 Feb; National Day 1–7 Oct with working 29 Sep and 12 Oct). Applications
 * are built in memory; nothing is stored.
 */
@FagaiIntegrationTest
class ApplicationClockTest {

    private static final TimeLimit EIGHT_HOURS = new TimeLimit(8, LimitUnit.HOURS, 0);
    private static final TimeLimit TWELVE_HOURS = new TimeLimit(12, LimitUnit.HOURS, 0);
    private static final TimeLimit THREE_DAYS = new TimeLimit(3, LimitUnit.DAYS, 0);
    private static final TimeLimit TWENTY_DAYS = new TimeLimit(20, LimitUnit.DAYS, 40);
    private static final String CODE = "91339902MA2K0A0145";

    @Autowired
    WorkingCalendar workingCalendar;
    WorkCalendar calendar;

    @BeforeEach
    void takeTheCalendar() {
        calendar = workingCalendar.current();
    }

    private static LocalDateTime at(String iso) {
        return LocalDateTime.parse(iso);
    }

    private static CreditCheckResult clean(LocalDateTime at) {
        return new CreditCheckResult(CODE, false, "未列入失信联合惩戒对象名单", at);
    }

    private Application accepted(ApprovalKind kind, TimeLimit limit, String acceptedAt) {
        Application a = new Application(kind, "东湖智能装备有限公司", CODE, "2406-339902-04-03-000001", "测试事项", "339900",
                "投资科", at(acceptedAt), "city", clean(at(acceptedAt)), null);
        a.accept(at(acceptedAt), limit, calendar, clean(at(acceptedAt)), "city", null);
        return a;
    }

    @Test
    void anEightHourFilingAcceptedFridayAtFourIsDueOnTheWorkingSundayBeforeNationalDay() {
        Application a = accepted(ApprovalKind.FILING, EIGHT_HOURS, "2024-09-27T16:00");
        assertThat(a.deadline()).isEqualTo(at("2024-09-29T16:00"));
        assertThat(a.clock(at("2024-09-28T12:00"), calendar).remainingWorkingMinutes()).isEqualTo(360);
    }

    @Test
    void aTwelveHourProposalSkipsTheWeekendAndTheLunchBreak() {
        Application a = accepted(ApprovalKind.PROPOSAL, TWELVE_HOURS, "2024-03-15T14:00");
        assertThat(a.deadline()).isEqualTo(at("2024-03-18T18:00"));
        Application morning = accepted(ApprovalKind.PROPOSAL, TWELVE_HOURS, "2024-03-18T11:00");
        // 11–12 and 13–18 on Monday (6 h), 9–12 and 13–16 on Tuesday (6 h).
        assertThat(morning.deadline()).isEqualTo(at("2024-03-19T16:00"));
    }

    @Test
    void aTwelveHourProposalAcceptedOnNewYearsEveOfSpringFestivalRunsOnTheWorkingSundayAfterIt() {
        Application a = accepted(ApprovalKind.PROPOSAL, TWELVE_HOURS, "2024-02-09T15:00");
        // 9 Feb 15–18 (3 h), 18 Feb is a working Sunday (8 h), 19 Feb 9–10 (1 h).
        assertThat(a.deadline()).isEqualTo(at("2024-02-19T10:00"));
    }

    @Test
    void anEightHourFilingStartedOnTheAdjustedWorkingSaturdayAfterNationalDayEndsOnMonday() {
        Application a = accepted(ApprovalKind.FILING, EIGHT_HOURS, "2024-10-12T14:00");
        assertThat(a.deadline()).isEqualTo(at("2024-10-14T14:00"));
    }

    @Test
    void aThreeDayLimitEndsAtTheEndOfTheThirdWorkingDayAfterAcceptanceAcrossNationalDay() {
        Application a = accepted(ApprovalKind.FEASIBILITY, THREE_DAYS, "2024-09-27T10:00");
        // 29 Sep (working Sunday), 30 Sep, then 8 Oct after the holiday; 27 Sep itself is not counted.
        assertThat(a.deadline()).isEqualTo(at("2024-10-08T18:00"));
    }

    @Test
    void aThreeDayLimitAcceptedBeforeSpringFestivalCountsTheWorkingSunday() {
        Application a = accepted(ApprovalKind.ENERGY_REVIEW, THREE_DAYS, "2024-02-08T11:00");
        assertThat(a.deadline()).isEqualTo(at("2024-02-19T18:00"));
    }

    @Test
    void aThreeDayLimitAcceptedOnASaturdayCountsFromTheFollowingMonday() {
        Application a = accepted(ApprovalKind.PRELIMINARY_DESIGN, THREE_DAYS, "2024-06-15T10:00");
        assertThat(a.deadline()).isEqualTo(at("2024-06-19T18:00"));
    }

    @Test
    void suspensionStopsTheClockAndResumptionRestartsItWithWhatWasLeft() {
        Application a = accepted(ApprovalKind.FILING, EIGHT_HOURS, "2024-06-03T09:00");
        a.pausing().suspend(at("2024-06-03T11:00"), "补充项目备案信息表", "city", calendar);

        ClockReading stopped = a.clock(at("2024-06-04T17:00"), calendar);
        assertThat(stopped.running()).isFalse();
        assertThat(stopped.deadline()).isNull();
        assertThat(stopped.remainingWorkingMinutes()).isEqualTo(360);
        assertThat(a.clock(at("2024-06-05T10:00"), calendar).remainingWorkingMinutes()).isEqualTo(360);

        a.pausing().resume(at("2024-06-05T14:00"), "city", calendar);
        // 360 minutes left: 14–18 on Wednesday, 9–11 on Thursday.
        assertThat(a.deadline()).isEqualTo(at("2024-06-06T11:00"));
        assertThat(a.status()).isEqualTo(ApplicationStatus.ACCEPTED);

        a.decide(at("2024-06-06T10:00"), true, "示发改备〔2024〕1号", null, "city", calendar);
        assertThat(a.outcome().usedMinutes()).isEqualTo(120 + 240 + 60);
        assertThat(a.outcome().onTime()).isTrue();
    }

    @Test
    void aSuspendedWorkingDayPushesADayLimitByOneWorkingDay() {
        Application a = accepted(ApprovalKind.FEASIBILITY, THREE_DAYS, "2024-06-03T10:00");
        assertThat(a.deadline()).isEqualTo(at("2024-06-06T18:00"));
        a.pausing().suspend(at("2024-06-04T09:00"), "补充可研报告附件", "city", calendar);
        a.pausing().resume(at("2024-06-05T09:00"), "city", calendar);
        assertThat(a.deadline()).isEqualTo(at("2024-06-07T18:00"));
    }

    @Test
    void aSuspensionOverNationalDayResumesWithTheWorkingTimeThatWasLeft() {
        Application a = accepted(ApprovalKind.FILING, EIGHT_HOURS, "2024-09-30T09:00");
        a.pausing().suspend(at("2024-09-30T15:00"), "补充材料", "city", calendar);
        assertThat(a.clock(at("2024-10-05T10:00"), calendar).remainingWorkingMinutes()).isEqualTo(180);
        a.pausing().resume(at("2024-10-08T09:00"), "city", calendar);
        assertThat(a.deadline()).isEqualTo(at("2024-10-08T12:00"));
    }

    @Test
    void theStateIsNormalWithAQuarterLeftWarningBelowItAndOverdueAfterTheDeadline() {
        Application a = accepted(ApprovalKind.FILING, EIGHT_HOURS, "2024-06-03T09:00");
        assertThat(a.deadline()).isEqualTo(at("2024-06-03T18:00"));
        assertThat(a.clock(at("2024-06-03T09:00"), calendar).state()).isEqualTo(ClockState.NORMAL);
        ClockReading quarter = a.clock(at("2024-06-03T16:00"), calendar);
        assertThat(quarter.remainingWorkingMinutes()).isEqualTo(120);
        assertThat(quarter.state()).isEqualTo(ClockState.NORMAL);
        ClockReading lessThanAQuarter = a.clock(at("2024-06-03T16:01"), calendar);
        assertThat(lessThanAQuarter.remainingWorkingMinutes()).isEqualTo(119);
        assertThat(lessThanAQuarter.state()).isEqualTo(ClockState.WARNING);
        ClockReading atTheDeadline = a.clock(at("2024-06-03T18:00"), calendar);
        assertThat(atTheDeadline.remainingWorkingMinutes()).isZero();
        assertThat(atTheDeadline.state()).isEqualTo(ClockState.WARNING);
        assertThat(a.clock(at("2024-06-03T18:01"), calendar).state()).isEqualTo(ClockState.OVERDUE);
        ClockReading nextMorning = a.clock(at("2024-06-04T09:30"), calendar);
        assertThat(nextMorning.state()).isEqualTo(ClockState.OVERDUE);
        assertThat(nextMorning.remainingWorkingMinutes()).isEqualTo(-30);
    }

    @Test
    void aDayLimitWarnsWhenLessThanAQuarterOfItsWorkingDaysIsLeft() {
        Application a = accepted(ApprovalKind.FEASIBILITY, THREE_DAYS, "2024-06-03T10:00");
        // A quarter of 3 × 480 minutes is 360: Thursday 6 June from 11:00 on is less than that before 18:00.
        assertThat(a.clock(at("2024-06-06T11:00"), calendar).state()).isEqualTo(ClockState.NORMAL);
        assertThat(a.clock(at("2024-06-06T11:01"), calendar).state()).isEqualTo(ClockState.WARNING);
    }

    @Test
    void aDecisionAtTheDeadlineIsOnTimeAndAMinuteLaterIsLate() {
        Application onTime = accepted(ApprovalKind.FILING, EIGHT_HOURS, "2024-06-03T09:00");
        onTime.decide(at("2024-06-03T18:00"), true, "示发改备〔2024〕2号", null, "city", calendar);
        assertThat(onTime.outcome().onTime()).isTrue();
        assertThat(onTime.clock(at("2024-07-01T10:00"), calendar).state()).isEqualTo(ClockState.NORMAL);

        Application late = accepted(ApprovalKind.FILING, EIGHT_HOURS, "2024-06-03T09:00");
        late.decide(at("2024-06-04T09:01"), false, null, "不符合产业政策", "city", calendar);
        assertThat(late.outcome().onTime()).isFalse();
        assertThat(late.outcome().usedMinutes()).isEqualTo(481);
        assertThat(late.clock(at("2024-07-01T10:00"), calendar).state()).isEqualTo(ClockState.OVERDUE);
    }

    @Test
    void aListedApplicantIsNotAcceptedWithoutALeadersWrittenReason() {
        LocalDateTime t = at("2024-06-03T09:00");
        CreditCheckResult listed = new CreditCheckResult(CODE, true, "列入失信联合惩戒对象名单：严重失信主体名单", t);
        Application a = new Application(ApprovalKind.FILING, "西山恒达建材有限公司", CODE, "2406-339902-04-03-000002",
                "测试", "339900", "投资科", t, "city", listed, null);
        assertThatThrownBy(() -> a.accept(t, EIGHT_HOURS, calendar, listed, "city", " "))
                .isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(StoredTexts.chinese(e.getMessage())).contains("委领导"));
        assertThat(a.status()).isEqualTo(ApplicationStatus.RECEIVED);

        a.accept(t, EIGHT_HOURS, calendar, listed, "leader", "省重点民生工程，经委务会研究同意受理");
        assertThat(a.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(a.credit().overrideBy()).isEqualTo("leader");
        assertThat(a.credit().overrideReason()).isEqualTo("省重点民生工程，经委务会研究同意受理");
        assertThat(a.credit().listed()).isTrue();
    }

    @Test
    void anApprovalIsExtendedOnceByAtMostFortyWorkingDaysAfterALeaderApprovesTheRequest() {
        Application a = accepted(ApprovalKind.APPROVAL, TWENTY_DAYS, "2024-06-03T10:00");
        KindRules rules = KindRules.of(ApprovalKind.APPROVAL, TWENTY_DAYS);
        LocalDateTime original = a.deadline();
        assertThatThrownBy(() -> a.requestExtension(41, "再延期", at("2024-06-04T10:00"), "city", rules))
                .isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(StoredTexts.chinese(e.getMessage())).contains("40"));
        a.requestExtension(10, "需征求有关部门意见", at("2024-06-04T10:00"), "city", rules);
        assertThat(a.deadline()).as("asked, not yet approved").isEqualTo(original);
        a.decideExtension(true, at("2024-06-04T11:00"), "leader", calendar);
        assertThat(a.deadline()).isEqualTo(calendar.endOfWorkday(calendar.addWorkingDays(original.toLocalDate(), 10).deadline()));
        assertThat(a.extension().days()).isEqualTo(10);
        assertThat(a.extension().reason()).isEqualTo("需征求有关部门意见");
        assertThatThrownBy(() -> a.requestExtension(10, "再延期", at("2024-06-05T10:00"), "city", rules))
                .isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(StoredTexts.chinese(e.getMessage())).contains("只能一次"));
    }

    @Test
    void stepsCannotBeRecordedOutOfOrder() {
        Application a = accepted(ApprovalKind.FILING, EIGHT_HOURS, "2024-06-03T10:00");
        assertThatThrownBy(() -> a.pausing().resume(at("2024-06-03T11:00"), "city", calendar)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> a.pausing().suspend(at("2024-06-03T09:00"), "补正", "city", calendar))
                .isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(StoredTexts.chinese(e.getMessage())).contains("不能早于"));
        a.withdraw(at("2024-06-03T12:00"), null, "city");
        assertThat(a.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThatThrownBy(() -> a.decide(at("2024-06-03T13:00"), true, "x", null, "city", calendar))
                .isInstanceOf(RuleViolation.class);
    }
}
