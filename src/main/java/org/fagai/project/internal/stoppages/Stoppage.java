package org.fagai.project.internal.stoppages;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.FieldErrors.FieldError;
import org.fagai.shared.MaxLength;
import org.fagai.shared.StoredText;
import org.fagai.shared.Years;

/**
 * A stop of a project's works (停工) and its resumption (复工). A stop counts once staff confirmed it: from its first day
 * until the day work resumed (a resumption the owner reported but staff have not confirmed yet does not end it).
 */
public record Stoppage(long id, long projectId, LocalDate from, String reason, LocalDate expectedResume, StoppageStatus status,
                       String reportedBy, OffsetDateTime reportedAt, String confirmedBy, LocalDate resumedOn, String resumeNote,
                       String resumeReportedBy, String resumeConfirmedBy) {

    /** Checks a new stop: its first day (not in the future), its reason, the expected resumption after it. */
    static void checkNew(LocalDate from, String reason, LocalDate expectedResume, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new FieldError("from", StoredText.of("project.error.stoppage.from")));
        } else if (from.isAfter(today)) {
            errors.add(new FieldError("from", StoredText.of("project.error.stoppage.fromFuture")));
        } else if (!Years.contains(from.getYear())) {
            errors.add(new FieldError("from", StoredText.of("project.error.stoppage.fromYears", Years.RANGE)));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", StoredText.of("project.error.stoppage.reason")));
        } else if (reason.length() > MaxLength.TEXT) {
            errors.add(new FieldError("reason", StoredText.of("project.error.stoppage.reasonLength", MaxLength.TEXT)));
        }
        if (expectedResume != null && !Years.contains(expectedResume.getYear())) {
            errors.add(new FieldError("expectedResume", StoredText.of("project.error.stoppage.resumeYears", Years.RANGE)));
        } else if (from != null && expectedResume != null && expectedResume.isBefore(from)) {
            errors.add(new FieldError("expectedResume", StoredText.of("project.error.stoppage.resumeBeforeFrom")));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
    }

    /** Whether the works stood still on that day, as far as staff confirmed it. */
    public boolean inForceOn(LocalDate day) {
        if (status == StoppageStatus.REPORTED || from.isAfter(day)) {
            return false;
        }
        return status != StoppageStatus.RESUMED || resumedOn.isAfter(day);
    }

    /** Whether the works stand still now, as reported (confirmed or not). */
    public boolean open() {
        return status != StoppageStatus.RESUMED;
    }

    StoppageStatus confirmed() {
        if (status != StoppageStatus.REPORTED) {
            throw FieldErrors.of("status", StoredText.of("project.error.stoppage.confirmed"));
        }
        return StoppageStatus.CONFIRMED;
    }

    /** The status after a resumption on {@code on}: staff's ends the stop, the owner's waits for staff. */
    StoppageStatus resumed(LocalDate on, LocalDate today, boolean byStaff) {
        if (status == StoppageStatus.RESUMED) {
            throw FieldErrors.of("status", StoredText.of("project.error.stoppage.resumed"));
        }
        if (on == null) {
            throw FieldErrors.of("on", StoredText.of("project.error.stoppage.on"));
        }
        if (on.isBefore(from)) {
            throw FieldErrors.of("on", StoredText.of("project.error.stoppage.onBeforeFrom", from));
        }
        if (on.isAfter(today)) {
            throw FieldErrors.of("on", StoredText.of("project.error.stoppage.onFuture"));
        }
        if (!byStaff && status == StoppageStatus.RESUME_REPORTED) {
            throw FieldErrors.of("status", StoredText.of("project.error.stoppage.resumeDeclared"));
        }
        return byStaff ? StoppageStatus.RESUMED : StoppageStatus.RESUME_REPORTED;
    }
}
