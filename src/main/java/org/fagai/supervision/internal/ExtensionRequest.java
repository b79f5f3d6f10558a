package org.fagai.supervision.internal;

import org.fagai.shared.StoredText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.shared.FieldErrors;

/**
 * The lead person's pending request to move an item's deadline, waiting for a leader: at most one at a time; it is
 * cleared when decided, when the item's source moves the date past it, and when the item is cancelled.
 */
@Embeddable
class ExtensionRequest {

    @Column(name = "extension_deadline")
    private LocalDate deadline;
    @Column(name = "extension_reason")
    private String reason;
    @Column(name = "extension_by")
    private Long by;

    protected ExtensionRequest() {
    }

    private ExtensionRequest(LocalDate deadline, String reason, Long by) {
        this.deadline = deadline;
        this.reason = reason;
        this.by = by;
    }

    /** A request to move {@code current} to {@code asked}: later than it, by at most two years, with a reason. */
    static ExtensionRequest of(LocalDate current, LocalDate asked, String reason, Long by) {
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        if (asked == null) {
            errors.add(new FieldErrors.FieldError("deadline", StoredText.of("supervision.error.extensionDeadline")));
        } else if (!asked.isAfter(current)) {
            errors.add(new FieldErrors.FieldError("deadline", StoredText.of("supervision.error.extensionAfter", current)));
        } else if (asked.isAfter(current.plusYears(2))) {
            errors.add(new FieldErrors.FieldError("deadline", StoredText.of("supervision.error.extensionTooLong")));
        }
        String why = Texts.collect(errors, "reason", reason, 500, "supervision.field.extensionReason");
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        return new ExtensionRequest(asked, why, by);
    }

    static final ExtensionRequest NONE = new ExtensionRequest();

    boolean pending() { return deadline != null; }
    LocalDate deadline() { return deadline; }
    String reason() { return reason; }
    Long by() { return by; }
}
