package org.fagai.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fagai.shared.StoredText;
import org.fagai.supervision.Colour;
import org.fagai.supervision.NewNotification;
import org.fagai.supervision.TodoEntry;
import org.junit.jupiter.api.Test;

/** When a to-do entry earns a reminder, and that each phase of an entry has a key of its own. */
class ReminderTest {

    static final LocalDate FRIDAY = LocalDate.of(2024, 9, 27);
    static final LocalDate NEXT_WORKING_DAY = LocalDate.of(2024, 9, 29); // the working Sunday before National Day

    static TodoEntry due(LocalDate day) {
        return new TodoEntry("supervision.handle", "完成园区道路方案", day, Colour.YELLOW, "/supervision/items/7");
    }

    @Test
    void anEntryDueByTheNextWorkingDayIsDueAndOneAfterItIsNotYet() {
        assertThat(Reminder.of(due(FRIDAY), 1, FRIDAY, NEXT_WORKING_DAY)).get().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Reminder.DUE);
            assertThat(n.title()).isEqualTo(StoredText.of("supervision.notification.reminder.today", "完成园区道路方案"));
            assertThat(n.link()).isEqualTo("/supervision/items/7");
        });
        assertThat(Reminder.of(due(NEXT_WORKING_DAY), 1, FRIDAY, NEXT_WORKING_DAY)).get()
                .extracting(NewNotification::title).isEqualTo(StoredText.of("supervision.notification.reminder.soon", "完成园区道路方案"));
        assertThat(Reminder.of(due(NEXT_WORKING_DAY.plusDays(1)), 1, FRIDAY, NEXT_WORKING_DAY)).isEmpty();
        assertThat(Reminder.of(due(null), 1, FRIDAY, NEXT_WORKING_DAY)).isEmpty();
    }

    @Test
    void anEntryPastItsDayIsOverdueWithAKeyOtherThanItsDueReminder() {
        NewNotification dueSoon = Reminder.of(due(FRIDAY), 1, FRIDAY.minusDays(1), FRIDAY).orElseThrow();
        NewNotification overdue = Reminder.of(due(FRIDAY), 1, FRIDAY.plusDays(1), NEXT_WORKING_DAY).orElseThrow();
        assertThat(overdue.kind()).isEqualTo(Reminder.OVERDUE);
        assertThat(overdue.title()).isEqualTo(StoredText.of("supervision.notification.reminder.overdue", "完成园区道路方案"));
        assertThat(overdue.key()).isNotEqualTo(dueSoon.key()).hasSizeLessThanOrEqualTo(100);
        assertThat(Reminder.of(due(FRIDAY), 1, FRIDAY.plusDays(2), NEXT_WORKING_DAY).orElseThrow().key())
                .as("the same phase of the same entry on a later day").isEqualTo(overdue.key());
        assertThat(Reminder.of(due(FRIDAY.plusDays(10)), 1, FRIDAY.plusDays(12), FRIDAY.plusDays(13)).orElseThrow().key())
                .as("a new deadline (an extension) is reminded again").isNotEqualTo(overdue.key());
    }

    @Test
    void aNotificationRefusesAKeylessOrForeignLinkedMessage() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new NewNotification(1, " ", "notice", "标题", null, "/notices/1"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new NewNotification(1, "k", "notice", "标题", null, "//evil.example/x"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new NewNotification(1, "k", "Notice!", "标题", null, "/x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new NewNotification(1, "k", "notice", "长".repeat(400), null, null).title()).hasSize(300);
    }
}
