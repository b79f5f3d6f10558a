package org.fagai.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;

/** The checks of a deadline an item's source moves ({@link Item#moveDeadline}). */
final class DeadlineMoves {

    private DeadlineMoves() {
    }

    /**
     * The reason, trimmed, once the new date is given, not before the assignment and at most two years after the current
     * deadline; otherwise every failed check at once.
     */
    static String checkedReason(LocalDate newDeadline, LocalDate assignedOn, LocalDate current, String reason) {
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        if (newDeadline == null) {
            errors.add(new FieldErrors.FieldError("deadline", StoredText.of("supervision.error.newDeadline")));
        } else if (newDeadline.isBefore(assignedOn)) {
            errors.add(new FieldErrors.FieldError("deadline", StoredText.of("supervision.error.newDeadlineBefore", assignedOn)));
        } else if (newDeadline.isAfter(current.plusYears(2))) {
            errors.add(new FieldErrors.FieldError("deadline", StoredText.of("supervision.error.moveTooFar")));
        }
        String why = Texts.collect(errors, "reason", reason, 500, "supervision.field.moveReason");
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        return why;
    }
}
