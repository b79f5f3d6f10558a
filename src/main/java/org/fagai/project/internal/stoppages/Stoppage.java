package org.fagai.project.internal.stoppages;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.FieldErrors.FieldError;
import org.fagai.shared.MaxLength;
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
            errors.add(new FieldError("from", "请填写停工日期"));
        } else if (from.isAfter(today)) {
            errors.add(new FieldError("from", "停工日期不能晚于今天"));
        } else if (!Years.contains(from.getYear())) {
            errors.add(new FieldError("from", "停工日期应在" + Years.RANGE + "年之间"));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "请填写停工原因"));
        } else if (reason.length() > MaxLength.TEXT) {
            errors.add(new FieldError("reason", "停工原因不能超过" + MaxLength.TEXT + "字"));
        }
        if (expectedResume != null && !Years.contains(expectedResume.getYear())) {
            errors.add(new FieldError("expectedResume", "预计复工日期应在" + Years.RANGE + "年之间"));
        } else if (from != null && expectedResume != null && expectedResume.isBefore(from)) {
            errors.add(new FieldError("expectedResume", "预计复工日期不能早于停工日期"));
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
            throw FieldErrors.of("status", "该停工记录已确认");
        }
        return StoppageStatus.CONFIRMED;
    }

    /** The status after a resumption on {@code on}: staff's ends the stop, the owner's waits for staff. */
    StoppageStatus resumed(LocalDate on, LocalDate today, boolean byStaff) {
        if (status == StoppageStatus.RESUMED) {
            throw FieldErrors.of("status", "该项目已复工");
        }
        if (on == null) {
            throw FieldErrors.of("on", "请填写复工日期");
        }
        if (on.isBefore(from)) {
            throw FieldErrors.of("on", "复工日期不能早于停工日期 " + from);
        }
        if (on.isAfter(today)) {
            throw FieldErrors.of("on", "复工日期不能晚于今天");
        }
        if (!byStaff && status == StoppageStatus.RESUME_REPORTED) {
            throw FieldErrors.of("status", "复工已申报，待科室确认");
        }
        return byStaff ? StoppageStatus.RESUMED : StoppageStatus.RESUME_REPORTED;
    }
}
