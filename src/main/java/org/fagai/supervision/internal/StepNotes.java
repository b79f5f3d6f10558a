package org.fagai.supervision.internal;

import java.time.LocalDate;
import org.fagai.shared.StoredText;

/**
 * The notes of the loop's own steps, stored as sentences ({@link StoredText}) so the timeline reads them in the reader's
 * language; what a user typed (a reason, a result) is an argument, kept as typed (cut to the column only if need be).
 */
final class StepNotes {

    /** The length of {@code supervision_step.note}. */
    static final int MAX = 4000;

    private StepNotes() {
    }

    static String assigned(LocalDate deadline) {
        return StoredText.of("supervision.step.note.assigned", deadline);
    }

    static String extensionRequested(LocalDate newDeadline, String reason) {
        return StoredText.within(MAX, "supervision.step.note.extensionRequested", newDeadline, reason);
    }

    static String extensionDecided(boolean approve, LocalDate asked, String note) {
        String key = "supervision.step.note." + (approve ? "extensionApproved" : "extensionRefused");
        return note == null || note.isBlank() ? StoredText.of(key, asked) : StoredText.within(MAX, key + "With", asked, note.strip());
    }

    static String closureRequested(String result, String evidence, int files) {
        return evidence == null ? StoredText.within(MAX, "supervision.step.note.closureRequestedFiles", result, files)
                : StoredText.within(MAX, "supervision.step.note.closureRequested", result, evidence, files);
    }

    /** {@code lapsed}: the deadline of the pending extension request the move makes lapse, or null. */
    static String deadlineMoved(LocalDate from, LocalDate to, String why, LocalDate lapsed) {
        return lapsed == null ? StoredText.within(MAX, "supervision.step.note.deadlineMoved", from, to, why)
                : StoredText.within(MAX, "supervision.step.note.deadlineMovedLapsed", from, to, why, lapsed);
    }
}
