package org.fagai.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.fagai.approval.ApplicationStatus;
import org.fagai.approval.ApprovalKind;
import org.fagai.approval.ClockState;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.credit.CreditCheckResult;
import org.fagai.organization.Role;
import org.fagai.shared.WorkCalendar;
import org.fagai.shared.web.StoredTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The steps between acceptance and decision on the official calendar (2024: National Day 1–7 Oct with working 29 Sep
 * and 12 Oct): clock stops the law excludes, the extension, consultations, 容缺, the review chain and the signature.
 * Applications are built in memory; nothing is stored.
 */
@FagaiIntegrationTest
class ApplicationProcessTest {

    private static final String CODE = "91339902MA2K0A0145";
    private static final TimeLimit THREE_DAYS = new TimeLimit(3, LimitUnit.DAYS, 10);
    private static final TimeLimit TWENTY_DAYS = new TimeLimit(20, LimitUnit.DAYS, 40);
    private static final List<ChainStep> CHAIN = List.of(new ChainStep(1, "经办人初审", Role.STAFF, 40),
            new ChainStep(2, "科室负责人审核", Role.STAFF, 30), new ChainStep(3, "分管领导签发", Role.LEADER, 30));
    private static final List<Material> MATERIALS = List.of(new Material(1, "可行性研究报告", false),
            new Material(2, "用地预审与选址意见书", true), new Material(3, "环境影响评价审批文件", true));

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

    private static KindRules feasibility(boolean consultationExcluded) {
        return new KindRules(ApprovalKind.FEASIBILITY, THREE_DAYS, CHAIN, MATERIALS, 7, consultationExcluded, true, true, "示发改审");
    }

    private static Application received(ApprovalKind kind, String receivedAt, BigDecimal total) {
        return new Application(kind, "东湖智能装备有限公司", CODE, "2406-339902-04-01-000001", "测试项目", "339900", "投资科",
                at(receivedAt), "city", clean(at(receivedAt)), total);
    }

    private static CreditCheckResult clean(LocalDateTime t) {
        return new CreditCheckResult(CODE, false, "未列入失信联合惩戒对象名单", t);
    }

    private Application accepted(KindRules rules, String acceptedAt) {
        Application a = received(rules.kind(), acceptedAt, null);
        a.accept(at(acceptedAt), rules, calendar, clean(at(acceptedAt)), "city", null, Acceptance.COMPLETE);
        return a;
    }

    /** Stops are kept in memory only: they get the id the database would give them. */
    private static ClockStop withId(ClockStop stop, long id) {
        org.springframework.test.util.ReflectionTestUtils.setField(stop, "id", id);
        return stop;
    }

    @Test
    void aThreeDayLimitWithAnExpertReviewSpanningNationalDayMovesTheDeadlineByExactlyTheExcludedWorkingTime() {
        Application a = accepted(feasibility(false), "2024-09-26T10:00");
        LocalDateTime original = a.deadline();
        // 27 Sep, the working Sunday 29 Sep and 30 Sep; 26 Sep itself is not counted.
        assertThat(original).isEqualTo(at("2024-09-30T18:00"));

        ClockStop review = withId(a.pausing().startStop(StopKind.EXPERT_REVIEW, at("2024-09-27T14:00"), "专家评审可研报告", null, "city",
                calendar, feasibility(false)), 1);
        assertThat(a.status()).isEqualTo(ApplicationStatus.STOPPED);
        ClockReading stopped = a.clock(at("2024-10-05T10:00"), calendar);
        assertThat(stopped.running()).isFalse();
        assertThat(stopped.remainingWorkingMinutes()).isEqualTo(240 + 480 + 480);

        a.pausing().endStop(review.id(), at("2024-10-08T11:00"), null, "city", calendar);
        // Excluded: 27 Sep 14–18 (240), 29 Sep (480), 30 Sep (480), 8 Oct 9–11 (120) = 1,320 working minutes.
        assertThat(a.excludedWorkingMinutes(at("2024-10-08T11:00"), calendar)).isEqualTo(1320);
        assertThat(calendar.workingMinutesBetween(original, a.deadline())).isEqualTo(1320);
        assertThat(a.deadline()).isEqualTo(at("2024-10-10T16:00"));
        assertThat(a.status()).isEqualTo(ApplicationStatus.ACCEPTED);

        a.decide(at("2024-10-10T15:00"), true, "示发改审〔2024〕1号", null, "leader", calendar);
        assertThat(a.outcome().onTime()).isTrue();
        assertThat(a.outcome().excludedMinutes()).isEqualTo(1320);
        // Counted: 26 Sep 10–18 (420) + 27 Sep 9–14 (240) + 8 Oct 11–18 (360) + 9 Oct (480) + 10 Oct 9–15 (300).
        assertThat(a.outcome().usedMinutes()).isEqualTo(420 + 240 + 360 + 480 + 300);
        assertThat(a.outcome().elapsedMinutes()).isEqualTo(a.outcome().usedMinutes() + 1320);
    }

    @Test
    void theStoredWarningMomentStaysTrueAfterAStopAndItsEnd() {
        Application a = accepted(feasibility(false), "2024-09-26T10:00");
        a.recordClock(at("2024-09-26T10:00"), calendar);
        LocalDateTime before = a.countdown().warningAt();
        ClockStop stop = withId(a.pausing().startStop(StopKind.TECHNICAL_ASSESSMENT, at("2024-09-27T09:00"), "委托工程咨询机构评估", null,
                "city", calendar, feasibility(false)), 7);
        a.recordClock(at("2024-09-27T09:00"), calendar);
        assertThat(a.countdown().warningAt()).as("a stopped clock has no warning moment").isNull();
        assertThat(a.countdown().clockState()).isEqualTo(ClockState.NORMAL);
        a.pausing().endStop(stop.id(), at("2024-09-30T09:00"), null, "city", calendar);
        a.recordClock(at("2024-09-30T09:00"), calendar);
        assertThat(calendar.workingMinutesBetween(before, a.countdown().warningAt())).isEqualTo(480 + 480);
        assertThat(a.clock(a.countdown().warningAt().minusMinutes(1), calendar).state()).isEqualTo(ClockState.NORMAL);
        assertThat(a.clock(a.countdown().warningAt(), calendar).state()).isEqualTo(ClockState.WARNING);
    }

    @Test
    void aStopStartsOnlyWhileTheClockRunsAndConsultationOnlyWhereTheKindExcludesIt() {
        Application a = accepted(feasibility(false), "2024-06-03T10:00");
        assertThatThrownBy(() -> a.pausing().startStop(StopKind.CONSULTATION, at("2024-06-03T11:00"), "征求意见", null, "city", calendar,
                feasibility(false))).isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(StoredTexts.chinese(e.getMessage())).contains("计入办理时限"));
        a.pausing().startStop(StopKind.PUBLIC_NOTICE, at("2024-06-03T11:00"), "公示", null, "city", calendar, feasibility(false));
        assertThatThrownBy(() -> a.pausing().startStop(StopKind.EXPERT_REVIEW, at("2024-06-03T12:00"), "专家评议", null, "city", calendar,
                feasibility(false))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> a.pausing().suspend(at("2024-06-03T12:00"), "补正", "city", calendar)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void anExtensionAskedAndApprovedBeforeNationalDayEndsTenWorkingDaysLaterAcrossTheHoliday() {
        Application a = accepted(feasibility(false), "2024-09-23T10:00");
        assertThat(a.deadline()).isEqualTo(at("2024-09-26T18:00"));
        a.requestExtension(null, "项目情况复杂，需进一步论证", at("2024-09-24T10:00"), "city", feasibility(false));
        assertThat(a.extension().requestedDays()).as("the kind's extension").isEqualTo(10);
        a.decideExtension(true, at("2024-09-25T09:00"), "leader", calendar);
        // 27, 29 (Sunday worked), 30 Sep, 8–12 Oct (12 Oct a Saturday worked), 14 and 15 Oct.
        assertThat(a.deadline()).isEqualTo(at("2024-10-15T18:00"));
        assertThat(a.countdown().limitMinutes()).isEqualTo(13 * 480);
        assertThat(a.extension().reason()).isEqualTo("项目情况复杂，需进一步论证");
    }

    @Test
    void aConsultationAnsweredLateIsFlaggedAndTheExcludedConsultationTimeEndsWithTheLastAnswer() {
        Application a = accepted(new KindRules(ApprovalKind.APPROVAL, TWENTY_DAYS, CHAIN, MATERIALS, 7, true, true, false, "示发改核"),
                "2024-09-23T09:00");
        List<Consultation> sent = a.consulting().consult(List.of(new Consulting.Department(3L, "能源科"),
                new Consulting.Department(null, "示范市自然资源和规划局")), 7, at("2024-09-25T10:00"), "city", calendar,
                new KindRules(ApprovalKind.APPROVAL, TWENTY_DAYS, CHAIN, MATERIALS, 7, true, true, false, "示发改核"));
        org.springframework.test.util.ReflectionTestUtils.setField(sent.get(0), "id", 1L);
        org.springframework.test.util.ReflectionTestUtils.setField(sent.get(1), "id", 2L);
        // 7 working days after 25 Sep: 26, 27, 29, 30 Sep, 8, 9, 10 Oct.
        assertThat(sent.get(0).dueAt()).isEqualTo(at("2024-10-10T18:00"));
        assertThat(a.status()).as("consultation excluded by the kind: the clock stops").isEqualTo(ApplicationStatus.STOPPED);

        a.consulting().answer(1L, at("2024-10-09T10:00"), "同意", null, "energy", calendar);
        assertThat(a.status()).as("one answer still missing").isEqualTo(ApplicationStatus.STOPPED);
        assertThat(a.signingBlockers().stream().map(StoredTexts::chinese).toList()).anyMatch(b -> b.contains("征求意见尚未全部答复"));
        a.consulting().answer(2L, at("2024-10-11T09:30"), "原则同意，用地符合规划", null, "city", calendar);

        assertThat(sent.get(0).lateAt(at("2024-10-11T09:30"))).isFalse();
        assertThat(sent.get(1).lateAt(at("2024-10-11T09:30"))).isTrue();
        assertThat(a.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(a.stops()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(StopKind.CONSULTATION);
            assertThat(s.endedAt()).isEqualTo(at("2024-10-11T09:30"));
        });
        assertThat(a.excludedWorkingMinutes(at("2024-10-11T10:00"), calendar))
                .isEqualTo(calendar.workingMinutesBetween(at("2024-09-25T10:00"), at("2024-10-11T09:30")));
    }

    @Test
    void theDecisionWaitsForOpenConsultationsOrRecordsWhyNot() {
        Application a = accepted(feasibility(false), "2024-06-03T09:00");
        a.consulting().consult(List.of(new Consulting.Department(null, "市住房和城乡建设局")), 7, at("2024-06-03T10:00"), "city", calendar,
                feasibility(false));
        assertThat(a.status()).as("consultation counts for this kind").isEqualTo(ApplicationStatus.ACCEPTED);
        passChainToSignature(a, "2024-06-04T09:00");
        a.draftDecision(true, null, null, at("2024-06-04T15:00"), "city");
        assertThat(a.signingBlockers().stream().map(StoredTexts::chinese).toList()).anyMatch(b -> b.contains("市住房和城乡建设局"));
        a.draftDecision(true, null, "逾期未答复，视为无意见", at("2024-06-04T15:10"), "city");
        assertThat(a.signingBlockers().stream().map(StoredTexts::chinese).toList()).isEmpty();
    }

    @Test
    void aPartialAcceptanceBlocksTheDecisionUntilTheMissingDocumentsArriveAndFlagsABrokenPromise() {
        Application a = received(ApprovalKind.FEASIBILITY, "2024-06-03T09:00", null);
        assertThatThrownBy(() -> a.accept(at("2024-06-03T09:30"), feasibility(false), calendar, clean(at("2024-06-03T09:30")), "city",
                null, new Acceptance(List.of("可行性研究报告"), LocalDate.parse("2024-06-07"), null)))
                .isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(StoredTexts.chinese(e.getMessage())).contains("不是本类申请可容缺的次要材料"));
        KindRules noPartial = new KindRules(ApprovalKind.FEASIBILITY, THREE_DAYS, CHAIN, MATERIALS, 7, false, false, true, "示发改审");
        assertThatThrownBy(() -> a.accept(at("2024-06-03T09:30"), noPartial, calendar, clean(at("2024-06-03T09:30")), "city",
                null, new Acceptance(List.of("用地预审与选址意见书"), LocalDate.parse("2024-06-07"), null)))
                .isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(StoredTexts.chinese(e.getMessage())).contains("不适用容缺受理"));

        a.accept(at("2024-06-03T09:30"), feasibility(false), calendar, clean(at("2024-06-03T09:30")), "city", null,
                new Acceptance(List.of("用地预审与选址意见书"), LocalDate.parse("2024-06-04"), null));
        assertThat(a.deadline()).as("the clock runs").isEqualTo(at("2024-06-06T18:00"));
        MissingDocument missing = a.missingDocuments().get(0);
        org.springframework.test.util.ReflectionTestUtils.setField(missing, "id", 5L);
        assertThat(missing.overdueOn(LocalDate.parse("2024-06-04"))).isFalse();
        assertThat(missing.overdueOn(LocalDate.parse("2024-06-05"))).as("promise broken").isTrue();

        passChainToSignature(a, "2024-06-04T09:00");
        a.draftDecision(true, null, null, at("2024-06-05T10:00"), "city");
        assertThat(a.signingBlockers().stream().map(StoredTexts::chinese).toList()).containsExactly("容缺材料尚未补齐：用地预审与选址意见书");
        assertThatThrownBy(() -> a.sign(at("2024-06-05T11:00"), "示发改审〔2024〕9号", "leader", calendar))
                .isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(StoredTexts.chinese(e.getMessage())).contains("容缺材料"));
        assertThatThrownBy(() -> a.decide(at("2024-06-05T11:00"), true, "示发改审〔2024〕9号", null, "leader", calendar))
                .isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(StoredTexts.chinese(e.getMessage())).contains("容缺材料"));

        a.partial().supply(5L, at("2024-06-05T14:00"), null, "city");
        assertThat(missing.overdueOn(LocalDate.parse("2024-06-30"))).as("supplied a day late").isTrue();
        a.sign(at("2024-06-05T15:00"), "示发改审〔2024〕9号", "leader", calendar);
        assertThat(a.status()).isEqualTo(ApplicationStatus.APPROVED);
    }

    @Test
    void theReviewChainGoesInOrderByTheRightRolesAndAReturnReopensTheEarlierStepForItsReviewer() {
        Application a = accepted(feasibility(false), "2024-06-03T09:00");
        assertThat(a.chain().current().name()).isEqualTo("经办人初审");
        assertThat(a.chain().current().assignee()).isEqualTo("city");
        assertThatThrownBy(() -> a.review(2, ReviewStep.Decision.PASS, "同意", null, null, at("2024-06-03T10:00"), "city", Role.STAFF))
                .isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(StoredTexts.chinese(e.getMessage())).contains("第 1 步"));
        assertThatThrownBy(() -> a.review(1, ReviewStep.Decision.PASS, "同意", null, null, at("2024-06-03T10:00"), "other", Role.STAFF))
                .isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(StoredTexts.chinese(e.getMessage())).contains("已指定由 city 办理"));
        a.review(1, ReviewStep.Decision.PASS, "材料齐全", null, "chief", at("2024-06-03T11:00"), "city", Role.STAFF);
        assertThat(a.chain().current().assignee()).isEqualTo("chief");
        assertThatThrownBy(() -> a.review(2, ReviewStep.Decision.RETURN, " ", null, null, at("2024-06-03T12:00"), "chief", Role.STAFF))
                .isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(StoredTexts.chinese(e.getMessage())).contains("理由"));
        a.review(2, ReviewStep.Decision.RETURN, "投资估算依据不足", null, null, at("2024-06-03T14:00"), "chief", Role.STAFF);
        ReviewStep reopened = a.chain().current();
        assertThat(reopened.position()).isEqualTo(1);
        assertThat(reopened.assignee()).as("back to the one who passed it").isEqualTo("city");
        a.review(1, ReviewStep.Decision.PASS, "已复核", null, null, at("2024-06-03T15:00"), "city", Role.STAFF);
        a.review(2, ReviewStep.Decision.PASS, "同意", null, null, at("2024-06-03T16:00"), "chief", Role.STAFF);
        assertThatThrownBy(() -> a.review(3, ReviewStep.Decision.PASS, "同意", null, null, at("2024-06-03T17:00"), "chief", Role.STAFF))
                .isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(StoredTexts.chinese(e.getMessage())).contains("委领导"));
        assertThat(a.chain().readyForSignature()).isTrue();
        assertThat(a.steps()).extracting(ReviewStep::position).containsExactly(1, 2, 1, 2, 3);
    }

    @Test
    void aStepsWorkingTimeLeavesOutTheStopsAndItTurnsYellowPastItsShareOfTheLimit() {
        Application a = accepted(feasibility(false), "2024-06-03T09:00");
        // Step 1's share: 40% of 3 × 480 = 576 working minutes.
        ClockStop stop = withId(a.pausing().startStop(StopKind.EXPERT_REVIEW, at("2024-06-03T10:00"), "专家评议", null, "city", calendar,
                feasibility(false)), 3);
        a.recordClock(at("2024-06-04T10:00"), calendar);
        assertThat(a.chain().current().overShareAt()).as("unknown while the clock stands still").isNull();
        a.pausing().endStop(stop.id(), at("2024-06-05T09:00"), null, "city", calendar);
        a.recordClock(at("2024-06-05T09:00"), calendar);
        // 60 minutes before the stop, 516 after it: 5 Jun 9–12, 13–18 (480) and 6 Jun 9:00–9:36.
        assertThat(a.chain().current().overShareAt()).isEqualTo(at("2024-06-06T09:36"));
        assertThat(a.stepMinutes(a.chain().current(), at("2024-06-05T12:00"), calendar)).isEqualTo(60 + 180);
    }

    @Test
    void aGovernmentProjectOverTheThresholdIsSignedOnlyAfterItsPublicNotice() {
        Application a = received(ApprovalKind.FEASIBILITY, "2024-06-03T09:00", new BigDecimal("2000.0000"));
        a.accept(at("2024-06-03T09:00"), feasibility(false), calendar, clean(at("2024-06-03T09:00")), "city", null,
                new Acceptance(List.of(), null, new BigDecimal("2000")));
        assertThat(a.publicNoticeRequired()).isTrue();
        ClockStop notice = withId(a.pausing().startStop(StopKind.PUBLIC_NOTICE, at("2024-06-03T10:00"), "批复前公示", null, "city", calendar,
                feasibility(false)), 9);
        a.pausing().endStop(notice.id(), at("2024-06-11T10:00"), null, "city", calendar);
        Application small = received(ApprovalKind.FEASIBILITY, "2024-06-03T09:00", new BigDecimal("1999.9999"));
        small.accept(at("2024-06-03T09:00"), feasibility(false), calendar, clean(at("2024-06-03T09:00")), "city", null,
                new Acceptance(List.of(), null, new BigDecimal("2000")));
        assertThat(small.publicNoticeRequired()).isFalse();
        Application unnoticed = received(ApprovalKind.FEASIBILITY, "2024-06-03T09:00", new BigDecimal("8000"));
        unnoticed.accept(at("2024-06-03T09:00"), feasibility(false), calendar, clean(at("2024-06-03T09:00")), "city", null,
                new Acceptance(List.of(), null, new BigDecimal("2000")));
        passChainToSignature(unnoticed, "2024-06-03T10:00");
        unnoticed.draftDecision(true, null, null, at("2024-06-03T11:00"), "city");
        assertThat(unnoticed.signingBlockers().stream().map(StoredTexts::chinese).toList()).containsExactly("政府投资项目总投资达到公示标准，须先完成公示");
        unnoticed.draftDecision(false, "不符合规划", null, at("2024-06-03T11:10"), "city");
        assertThat(unnoticed.signingBlockers().stream().map(StoredTexts::chinese).toList()).as("a refusal needs no notice").isEmpty();
    }

    @Test
    void theLeadersSignaturePassesTheLastStepAndNeedsADraftAndEveryEarlierStep() {
        Application a = accepted(feasibility(false), "2024-06-03T09:00");
        assertThat(a.signingBlockers().stream().map(StoredTexts::chinese).toList()).contains("尚未拟定决定").anyMatch(b -> b.startsWith("内部审查尚未完成"));
        passChainToSignature(a, "2024-06-03T10:00");
        a.draftDecision(false, "项目不符合国土空间规划", null, at("2024-06-03T15:00"), "city");
        a.sign(at("2024-06-04T10:00"), "示发改审〔2024〕3号", "leader", calendar);
        assertThat(a.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(a.outcome().documentNumber()).isEqualTo("示发改审〔2024〕3号");
        assertThat(a.outcome().closeReason()).isEqualTo("项目不符合国土空间规划");
        assertThat(a.steps()).last().satisfies(s -> {
            assertThat(s.name()).isEqualTo("分管领导签发");
            assertThat(s.reviewer()).isEqualTo("leader");
            assertThat(s.finishedAt()).isEqualTo(at("2024-06-04T10:00"));
        });
    }

    @Test
    void theDecisionNumberFollowsTheKindsRule() {
        assertThat(feasibility(false).documentNumber(2024, 12)).isEqualTo("示发改审〔2024〕12号");
        assertThat(new KindRules(ApprovalKind.PROPOSAL, THREE_DAYS, CHAIN, MATERIALS, 7, false, false, true, "示发改投资")
                .documentNumber(2025, 1)).isEqualTo("示发改投资〔2025〕1号");
    }

    private static void passChainToSignature(Application a, String from) {
        LocalDateTime t = at(from);
        while (!a.chain().readyForSignature()) {
            ReviewStep s = a.chain().current();
            a.review(s.position(), ReviewStep.Decision.PASS, "同意", null, null, t, "city", Role.STAFF);
            t = t.plusMinutes(10);
        }
    }
}
