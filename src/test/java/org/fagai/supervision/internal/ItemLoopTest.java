package org.fagai.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fagai.organization.Role;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.WorkCalendar;
import org.fagai.supervision.Colour;
import org.fagai.supervision.ItemState;
import org.fagai.supervision.NewItem;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class ItemLoopTest {

    static final WorkCalendar CALENDAR = Calendars.autumn2024();
    static final ColourRules RULES = ColourRules.DEFAULT;
    static final Instant NOW = Instant.parse("2024-09-27T02:00:00Z");
    static final LocalDate FRIDAY = LocalDate.of(2024, 9, 27);
    static final Actor LEAD = new Actor(11L, "王科员", Role.STAFF);
    static final Actor SUPERVISOR = new Actor(12L, "李科长", Role.STAFF);
    static final Actor LEADER = new Actor(13L, "张主任", Role.LEADER);
    static final Actor OTHER = new Actor(14L, "赵科员", Role.STAFF);

    static Item item(LocalDate deadline, List<NewItem.NewMilestone> milestones) {
        ItemDraft draft = new ItemDraft("推进示范项目开工", null, "ANNUAL_TASK", null, null, 3, null, 1L, LEAD.id(), List.of(),
                SUPERVISOR.id(), LEADER.id(), "339900", FRIDAY, null, deadline, milestones, "city");
        return new Item(draft, SUPERVISOR, NOW);
    }

    static Item inProgress() {
        Item item = item(LocalDate.of(2024, 12, 31), List.of());
        item.sign(LEAD, FRIDAY, CALENDAR, RULES, NOW);
        return item;
    }

    @Test
    void onlyTheLeadPersonSignsAndOnlyOnce() {
        Item item = item(LocalDate.of(2024, 12, 31), List.of());
        assertThatThrownBy(() -> item.sign(SUPERVISOR, FRIDAY, CALENDAR, RULES, NOW)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("责任人");
        item.sign(LEAD, FRIDAY, CALENDAR, RULES, NOW);
        assertThat(item.state()).isEqualTo(ItemState.IN_PROGRESS);
        assertThatThrownBy(() -> item.sign(LEAD, FRIDAY, CALENDAR, RULES, NOW)).isInstanceOf(LoopViolation.class)
                .satisfies(e -> assertThat(org.fagai.shared.web.StoredTexts.chinese(e.getMessage())).isEqualTo("事项办理中，不能签收"));
    }

    @Test
    void theFirstProgressReportIsDueOnTheFifthWorkingDayOfOctoberWhichIsTheAdjustedSaturday() {
        Item item = inProgress();
        assertThat(item.nextReportDue()).isEqualTo(LocalDate.of(2024, 10, 12));
        item.refresh(LocalDate.of(2024, 10, 12), CALENDAR, RULES, NOW);
        assertThat(item.reportMissed()).isFalse();
        item.refresh(LocalDate.of(2024, 10, 13), CALENDAR, RULES, NOW);
        assertThat(item.reportMissed()).isTrue();
        assertThat(item.steps()).extracting(Step::kind).contains(StepKind.REPORT_MISSED);
        item.report(LEAD, "已完成土地报批", LocalDate.of(2024, 10, 14), CALENDAR, RULES, NOW);
        assertThat(item.reportMissed()).isFalse();
        assertThat(item.nextReportDue()).isEqualTo(LocalDate.of(2024, 11, 7));
    }

    @Test
    void aReportNeedsItsTextAndTheLeadPerson() {
        Item item = inProgress();
        assertThatThrownBy(() -> item.report(LEAD, " ", FRIDAY, CALENDAR, RULES, NOW)).isInstanceOf(FieldErrors.class)
                .satisfies(e -> assertThat(org.fagai.shared.web.StoredTexts.chinese(e.getMessage())).contains("进展情况"));
        assertThatThrownBy(() -> item.report(OTHER, "x", FRIDAY, CALENDAR, RULES, NOW)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void closureWithoutEvidenceIsRefusedNamingTheField() {
        Item item = inProgress();
        assertThatThrownBy(() -> item.requestClosure(LEAD, "已开工", "", NOW)).isInstanceOf(FieldErrors.class)
                .satisfies(e -> assertThat(((FieldErrors) e).errors()).extracting(FieldErrors.FieldError::field).containsExactly("evidence"));
        assertThat(item.state()).isEqualTo(ItemState.IN_PROGRESS);
    }

    @Test
    void theSupervisorVerifiesButNeverTheLeadPersonNorAnyoneElse() {
        Item item = inProgress();
        assertThatThrownBy(() -> item.verify(SUPERVISOR, FRIDAY, NOW)).isInstanceOf(LoopViolation.class);
        item.requestClosure(LEAD, "项目已开工", "开工报告（示发改〔2024〕12号）", NOW);
        assertThat(item.state()).isEqualTo(ItemState.CLOSURE_REQUESTED);
        assertThatThrownBy(() -> item.verify(LEAD, FRIDAY, NOW)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("本人");
        assertThatThrownBy(() -> item.verify(OTHER, FRIDAY, NOW)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("督办人");
        item.verify(SUPERVISOR, LocalDate.of(2024, 12, 31), NOW);
        assertThat(item.state()).isEqualTo(ItemState.CLOSED);
        assertThat(item.closedOnTime()).isTrue();
        assertThat(item.colour()).isEqualTo(Colour.GREEN);
        assertThatThrownBy(() -> item.cancel(SUPERVISOR, "重复", NOW)).isInstanceOf(LoopViolation.class);
    }

    @Test
    void aLateVerificationClosesTheItemRed() {
        Item item = inProgress();
        item.requestClosure(LEAD, "完成", "验收报告", NOW);
        item.verify(SUPERVISOR, LocalDate.of(2025, 1, 2), NOW);
        assertThat(item.closedOnTime()).isFalse();
        assertThat(item.colour()).isEqualTo(Colour.RED);
    }

    @Test
    void theSupervisorReturnsWithAReasonAndTheItemIsBackInProgress() {
        Item item = inProgress();
        item.requestClosure(LEAD, "完成", "照片", NOW);
        assertThatThrownBy(() -> item.returnForRework(SUPERVISOR, null, NOW)).isInstanceOf(FieldErrors.class)
                .satisfies(e -> assertThat(org.fagai.shared.web.StoredTexts.chinese(e.getMessage())).contains("退回理由"));
        assertThatThrownBy(() -> item.returnForRework(LEAD, "不行", NOW)).isInstanceOf(AccessDeniedException.class);
        item.returnForRework(SUPERVISOR, "佐证材料不足，请补充验收报告", NOW);
        assertThat(item.state()).isEqualTo(ItemState.IN_PROGRESS);
        assertThat(item.steps()).last().extracting(Step::note).isEqualTo("佐证材料不足，请补充验收报告");
        assertThatThrownBy(() -> item.returnForRework(SUPERVISOR, "再退", NOW)).isInstanceOf(LoopViolation.class);
    }

    @Test
    void anExtensionIsDecidedByALeaderWhoDidNotAskForIt() {
        Item item = inProgress();
        assertThatThrownBy(() -> item.requestExtension(LEAD, LocalDate.of(2024, 12, 1), "晚", NOW)).isInstanceOf(FieldErrors.class)
                .satisfies(e -> assertThat(org.fagai.shared.web.StoredTexts.chinese(e.getMessage())).contains("晚于现期限"));
        assertThatThrownBy(() -> item.decideExtension(LEADER, true, null, NOW)).isInstanceOf(LoopViolation.class);
        item.requestExtension(LEAD, LocalDate.of(2025, 3, 31), "征地未完成", NOW);
        assertThatThrownBy(() -> item.requestExtension(LEAD, LocalDate.of(2025, 4, 30), "再延", NOW)).isInstanceOf(LoopViolation.class);
        assertThatThrownBy(() -> item.decideExtension(SUPERVISOR, true, null, NOW)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("委领导");
        item.decideExtension(LEADER, true, "同意", NOW);
        assertThat(item.deadline()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(item.extension().deadline()).isNull();
    }

    @Test
    void theLoopsOwnStepNotesAreStoredSentencesReadInEitherLanguageWithTheTypedTextAsTyped() {
        Item item = inProgress();
        item.requestExtension(LEAD, LocalDate.of(2025, 3, 31), "征地未完成", NOW);
        item.decideExtension(LEADER, false, null, NOW);
        item.requestExtension(LEAD, LocalDate.of(2025, 3, 31), "征地未完成", NOW);
        item.decideExtension(LEADER, true, " 同意 ", NOW);
        item.requestClosure(LEAD, "项目已开工", "开工报告", NOW);
        List<String> notes = item.steps().stream().map(Step::note).toList();
        assertThat(notes.get(0)).startsWith("§supervision.step.note.assigned|");
        List<String> chinese = notes.stream().map(org.fagai.shared.web.StoredTexts::chinese).toList();
        List<String> english = notes.stream().map(org.fagai.shared.web.StoredTexts::english).toList();
        int n = notes.size();
        assertThat(chinese.get(0)).isEqualTo("期限 " + item.steps().get(0).note().substring(item.steps().get(0).note().indexOf('|') + 1));
        assertThat(english.get(0)).startsWith("Deadline 20");
        assertThat(chinese.subList(n - 5, n)).containsExactly("延至 2025-03-31：征地未完成", "不同意延至 2025-03-31",
                "延至 2025-03-31：征地未完成", "同意延至 2025-03-31：同意", "项目已开工（佐证：开工报告，文件 0 个）");
        assertThat(english.subList(n - 5, n)).containsExactly("Until 2025-03-31: 征地未完成", "Extension to 2025-03-31 refused",
                "Until 2025-03-31: 征地未完成", "Extension to 2025-03-31 approved: 同意", "项目已开工 (evidence: 开工报告; 0 file(s))");

        Item withFile = inProgress();
        withFile.attachEvidence(LEAD, "验收报告.pdf", NOW);
        withFile.requestClosure(LEAD, "完成", " ", NOW);
        String closure = withFile.steps().get(withFile.steps().size() - 1).note();
        assertThat(org.fagai.shared.web.StoredTexts.chinese(closure)).isEqualTo("完成（佐证：文件 1 个）");
        assertThat(org.fagai.shared.web.StoredTexts.english(closure)).isEqualTo("完成 (evidence: 1 file(s))");
    }

    @Test
    void aLeaderCannotApproveHisOwnExtensionAndARefusalKeepsTheDeadline() {
        Item item = item(LocalDate.of(2024, 12, 31), List.of());
        Actor leaderAsLead = new Actor(LEAD.id(), "王科员", Role.LEADER);
        item.requestExtension(leaderAsLead, LocalDate.of(2025, 1, 31), "材料未齐", NOW);
        assertThatThrownBy(() -> item.decideExtension(leaderAsLead, true, null, NOW)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("本人");
        item.decideExtension(LEADER, false, "按原期限完成", NOW);
        assertThat(item.deadline()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(item.steps()).last().extracting(Step::kind).isEqualTo(StepKind.EXTENSION_REFUSED);
    }

    @Test
    void aCancelledItemNeedsAReasonFromTheSupervisorOrALeader() {
        Item item = inProgress();
        assertThatThrownBy(() -> item.cancel(LEAD, "不做了", NOW)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> item.cancel(LEADER, "", NOW)).isInstanceOf(FieldErrors.class);
        item.cancel(LEADER, "任务调整", NOW);
        assertThat(item.state()).isEqualTo(ItemState.CANCELLED);
        assertThatThrownBy(() -> item.sign(LEAD, FRIDAY, CALENDAR, RULES, NOW)).isInstanceOf(LoopViolation.class);
    }

    @Test
    void yellowStartsThreeWorkingDaysBeforeTheDeadlineCountedAcrossNationalDay() {
        // From Friday 9-27 the next three working days are 9-29 (adjusted Sunday), 9-30 and 10-8.
        Item dueOctober8 = item(LocalDate.of(2024, 10, 8), List.of());
        dueOctober8.refresh(FRIDAY, CALENDAR, RULES, NOW);
        assertThat(dueOctober8.colour()).isEqualTo(Colour.YELLOW);
        Item dueOctober9 = item(LocalDate.of(2024, 10, 9), List.of());
        dueOctober9.refresh(FRIDAY, CALENDAR, RULES, NOW);
        assertThat(dueOctober9.colour()).isEqualTo(Colour.GREEN);
        dueOctober9.refresh(LocalDate.of(2024, 9, 29), CALENDAR, RULES, NOW);
        assertThat(dueOctober9.colour()).isEqualTo(Colour.YELLOW);
    }

    @Test
    void theDeadlineDayIsStillYellowAndTheDayAfterIsRedAndEscalatedOnce() {
        Item item = item(LocalDate.of(2024, 10, 8), List.of());
        assertThat(item.refresh(LocalDate.of(2024, 10, 8), CALENDAR, RULES, NOW)).isFalse();
        assertThat(item.colour()).isEqualTo(Colour.YELLOW);
        assertThat(item.refresh(LocalDate.of(2024, 10, 9), CALENDAR, RULES, NOW)).isTrue();
        assertThat(item.colour()).isEqualTo(Colour.RED);
        assertThat(item.escalatedOn()).isEqualTo(LocalDate.of(2024, 10, 9));
        assertThat(item.refresh(LocalDate.of(2024, 10, 10), CALENDAR, RULES, NOW)).isFalse();
        assertThat(item.steps()).filteredOn(s -> s.kind() == StepKind.ESCALATED).hasSize(1);
    }

    @Test
    void aMissedMilestoneTurnsAnOtherwiseGreenItemYellowUntilItIsDone() {
        Item item = item(LocalDate.of(2024, 12, 31), List.of(new NewItem.NewMilestone("完成可研批复", LocalDate.of(2024, 10, 15))));
        item.sign(LEAD, FRIDAY, CALENDAR, RULES, NOW);
        item.refresh(LocalDate.of(2024, 10, 15), CALENDAR, RULES, NOW);
        assertThat(item.colour()).isEqualTo(Colour.GREEN);
        item.refresh(LocalDate.of(2024, 10, 16), CALENDAR, RULES, NOW);
        assertThat(item.colour()).isEqualTo(Colour.YELLOW);
        assertThat(item.colourReason()).contains("完成可研批复");
        item.completeMilestone(LEAD, 0, LocalDate.of(2024, 10, 16), NOW);
        item.refresh(LocalDate.of(2024, 10, 16), CALENDAR, RULES, NOW);
        assertThat(item.colour()).isEqualTo(Colour.GREEN);
    }

    @Test
    void theYellowThresholdIsConfigurable() {
        Item item = item(LocalDate.of(2024, 10, 9), List.of());
        item.refresh(FRIDAY, CALENDAR, new ColourRules(4, 1, 5), NOW);
        assertThat(item.colour()).isEqualTo(Colour.YELLOW);
        assertThatThrownBy(() -> new ColourRules(-1, 1, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
