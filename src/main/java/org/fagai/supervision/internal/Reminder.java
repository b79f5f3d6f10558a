package org.fagai.supervision.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import org.fagai.shared.StoredText;
import org.fagai.supervision.NewNotification;
import org.fagai.supervision.TodoEntry;

/**
 * When a to-do entry earns a reminder: due within one working day ({@code today ≤ due ≤ the next working day}) or
 * overdue ({@code due < today}). Each phase of an entry is reminded once: the key is the phase and a digest of the entry
 * (kind, title, link, due date), so a new deadline (an extension) reminds again, the same one never.
 */
final class Reminder {

    static final String DUE = "reminder.due";
    static final String OVERDUE = "reminder.overdue";

    private Reminder() {
    }

    static Optional<NewNotification> of(TodoEntry entry, long recipientId, LocalDate today, LocalDate nextWorkingDay) {
        LocalDate due = entry.dueAt();
        if (due == null || due.isAfter(nextWorkingDay)) {
            return Optional.empty();
        }
        boolean overdue = due.isBefore(today);
        String kind = overdue ? OVERDUE : DUE;
        String phase = overdue ? "overdue" : due.equals(today) ? "today" : "soon";
        String title = StoredText.of("supervision.notification.reminder." + phase, entry.title());
        String body = StoredText.of("supervision.notification.reminder." + (overdue ? "overdue" : "due") + ".body", due);
        return Optional.of(new NewNotification(recipientId, kind + ":" + digest(entry), kind, title, body, entry.link()));
    }

    private static String digest(TodoEntry e) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((e.kind() + "\n" + e.title() + "\n" + e.link() + "\n" + e.dueAt())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
