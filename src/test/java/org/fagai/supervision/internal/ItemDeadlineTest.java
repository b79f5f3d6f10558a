package org.fagai.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fagai.supervision.internal.ItemLoopTest.CALENDAR;
import static org.fagai.supervision.internal.ItemLoopTest.FRIDAY;
import static org.fagai.supervision.internal.ItemLoopTest.LEAD;
import static org.fagai.supervision.internal.ItemLoopTest.NOW;
import static org.fagai.supervision.internal.ItemLoopTest.RULES;
import static org.fagai.supervision.internal.ItemLoopTest.SUPERVISOR;

import java.time.LocalDate;
import java.util.List;
import org.fagai.shared.ConflictException;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.web.StoredTexts;
import org.fagai.supervision.Colour;
import org.junit.jupiter.api.Test;

/** A source module moves its item's deadline (a 信访 case's statutory extension): the item's own rules for it. */
class ItemDeadlineTest {

    private static final LocalDate OCTOBER_10 = LocalDate.of(2024, 10, 10);
    private static final LocalDate OCTOBER_15 = LocalDate.of(2024, 10, 15);

    private static Item item() {
        return ItemLoopTest.item(OCTOBER_10, List.of());
    }

    @Test
    void anOverdueItemMovedLaterTurnsGreenOnItsTimelineAndEscalatesAgainWhenOverdueAgain() {
        Item item = item();
        item.sign(LEAD, FRIDAY, CALENDAR, RULES, NOW);
        assertThat(item.refresh(LocalDate.of(2024, 10, 15), CALENDAR, RULES, NOW)).as("escalated once overdue").isTrue();
        assertThat(item.colour()).isEqualTo(Colour.RED);

        assertThat(item.moveDeadline(SUPERVISOR, LocalDate.of(2024, 11, 29), "信访件依法延长办理期限 30 日：需会商", OCTOBER_15, NOW)).isTrue();
        item.refresh(LocalDate.of(2024, 10, 15), CALENDAR, RULES, NOW);
        assertThat(item.deadline()).isEqualTo(LocalDate.of(2024, 11, 29));
        assertThat(item.colour()).isEqualTo(Colour.GREEN);
        assertThat(item.escalatedOn()).isNull();
        Step moved = item.steps().stream().filter(s -> s.kind() == StepKind.DEADLINE_MOVED).findFirst().orElseThrow();
        assertThat(StoredTexts.chinese(moved.note())).isEqualTo("期限由 2024-10-10 调整为 2024-11-29：信访件依法延长办理期限 30 日：需会商");
        assertThat(StoredTexts.english(moved.note()))
                .isEqualTo("Deadline moved from 2024-10-10 to 2024-11-29: 信访件依法延长办理期限 30 日：需会商");
        assertThat(moved.actorName()).isEqualTo("李科长");

        assertThat(item.refresh(LocalDate.of(2024, 12, 2), CALENDAR, RULES, NOW)).as("a new overdue escalates again").isTrue();
    }

    @Test
    void anItemMovedToADateAlreadyPastStaysEscalatedOnce() {
        Item item = item();
        assertThat(item.refresh(LocalDate.of(2024, 10, 21), CALENDAR, RULES, NOW)).isTrue();
        item.moveDeadline(SUPERVISOR, LocalDate.of(2024, 10, 18), "依法延期", LocalDate.of(2024, 10, 21), NOW);
        assertThat(item.refresh(LocalDate.of(2024, 10, 21), CALENDAR, RULES, NOW)).as("no second escalation").isFalse();
        assertThat(item.colour()).isEqualTo(Colour.RED);
    }

    @Test
    void theSameDateChangesNothing() {
        Item item = item();
        int steps = item.steps().size();
        assertThat(item.moveDeadline(SUPERVISOR, OCTOBER_10, "重复调整", OCTOBER_15, NOW)).isFalse();
        assertThat(item.steps()).hasSize(steps);
    }

    @Test
    void aDateBeforeTheAssignmentOrOverTwoYearsOnOrWithoutAReasonIsRefusedNamingTheField() {
        Item item = item();
        assertThatThrownBy(() -> item.moveDeadline(SUPERVISOR, FRIDAY.minusDays(1), "理由", OCTOBER_15, NOW)).isInstanceOf(FieldErrors.class)
                .satisfies(e -> assertThat(org.fagai.shared.web.StoredTexts.chinese(e.getMessage())).contains("不能早于交办日期 2024-09-27"));
        assertThatThrownBy(() -> item.moveDeadline(SUPERVISOR, OCTOBER_10.plusYears(3), "理由", OCTOBER_15, NOW))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors()).extracting(FieldErrors.FieldError::field)
                        .containsExactly("deadline"));
        assertThatThrownBy(() -> item.moveDeadline(SUPERVISOR, null, " ", OCTOBER_15, NOW))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors()).extracting(FieldErrors.FieldError::field)
                        .containsExactly("deadline", "reason"));
        assertThat(item.deadline()).isEqualTo(OCTOBER_10);
    }

    @Test
    void aClosedOrCancelledItemKeepsItsDeadline() {
        Item cancelled = item();
        cancelled.cancel(SUPERVISOR, "来源已撤回", NOW);
        assertThatThrownBy(() -> cancelled.moveDeadline(SUPERVISOR, OCTOBER_10.plusDays(30), "延期", OCTOBER_15, NOW))
                .isInstanceOf(ConflictException.class).satisfies(e -> assertThat(org.fagai.shared.web.StoredTexts.chinese(e.getMessage())).contains("已撤销"));
        Item closed = ItemLoopTest.inProgress();
        closed.requestClosure(LEAD, "已办结", "照片", NOW);
        closed.verify(SUPERVISOR, FRIDAY, NOW);
        assertThatThrownBy(() -> closed.moveDeadline(SUPERVISOR, LocalDate.of(2025, 1, 31), "延期", OCTOBER_15, NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aPendingExtensionRequestThatTheNewDateReachesLapsesAndOneBeyondItStays() {
        Item reached = item();
        reached.requestExtension(LEAD, LocalDate.of(2024, 10, 31), "需协调", NOW);
        reached.moveDeadline(SUPERVISOR, LocalDate.of(2024, 11, 8), "依法延期", OCTOBER_15, NOW);
        assertThat(reached.extension().deadline()).isNull();
        String lapsed = reached.steps().get(reached.steps().size() - 1).note();
        assertThat(StoredTexts.chinese(lapsed)).isEqualTo("期限由 2024-10-10 调整为 2024-11-08：依法延期（待审批的延期申请，延至 2024-10-31，随之失效）");
        assertThat(StoredTexts.english(lapsed)).endsWith("(the pending extension request to 2024-10-31 lapses)");

        Item beyond = item();
        beyond.requestExtension(LEAD, LocalDate.of(2024, 12, 31), "需协调", NOW);
        beyond.moveDeadline(SUPERVISOR, LocalDate.of(2024, 11, 8), "依法延期", OCTOBER_15, NOW);
        assertThat(beyond.extension().deadline()).isEqualTo(LocalDate.of(2024, 12, 31));
    }
}
