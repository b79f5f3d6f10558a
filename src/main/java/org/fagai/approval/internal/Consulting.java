package org.fagai.approval.internal;

import org.fagai.shared.StoredText;
import static org.fagai.approval.internal.Checks.max;
import static org.fagai.approval.internal.Checks.requireNotBefore;
import static org.fagai.approval.internal.Checks.requireReason;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.fagai.approval.ApplicationStatus;
import org.fagai.shared.WorkCalendar;

/**
 * 征求意见 of an application: departments asked with a limit in working days; where the kind excludes consultation
 * from the promised time and the clock runs, a 征求意见 stop starts with the request and ends with the last answer.
 */
final class Consulting {

    private final Application application;
    private final List<Consultation> consultations;

    Consulting(Application application, List<Consultation> consultations) {
        this.application = application;
        this.consultations = consultations;
    }

    List<Consultation> consult(List<Department> departments, int workingDays, LocalDateTime at, String by,
                               WorkCalendar calendar, KindRules rules) {
        application.requireHandling(StoredText.label("approval.error.step.consult"));
        if (departments == null || departments.isEmpty()) {
            throw new RuleViolation(StoredText.of("approval.error.departmentRequired"));
        }
        if (workingDays < 1 || workingDays > 60) {
            throw new RuleViolation(StoredText.of("approval.error.consultationDays"));
        }
        requireNotBefore(at, application.acceptedAt(), "approval.error.consultBeforeAccept");
        LocalDateTime due = calendar.endOfWorkday(calendar.addWorkingDays(at.toLocalDate(), workingDays).deadline());
        List<Consultation> sent = departments.stream()
                .map(d -> new Consultation(application, d.id(), d.name(), at, by, workingDays, due)).toList();
        consultations.addAll(sent);
        if (rules.consultationExcluded() && application.status() == ApplicationStatus.ACCEPTED) {
            String names = String.join("、", departments.stream().map(Department::name).toList());
            application.pausing().startStop(StopKind.CONSULTATION, at, "征求意见：" + names, null, by, calendar, rules);
        }
        return sent;
    }

    /** A department's answer; the last one ends the 征求意见 stop. */
    void answer(long consultationId, LocalDateTime at, String text, Long documentId, String by, WorkCalendar calendar) {
        Consultation c = consultations.stream().filter(x -> Objects.equals(x.id(), consultationId)).findFirst()
                .orElseThrow(() -> new RuleViolation(StoredText.of("approval.error.consultationMissing", consultationId)));
        if (!c.isOpen()) {
            throw new RuleViolation(StoredText.of("approval.error.alreadyAnswered", c.departmentName()));
        }
        application.requireHandling(StoredText.label("approval.error.step.answer"));
        requireReason(text, "approval.error.answerRequired");
        requireNotBefore(at, c.sentAt(), "approval.error.answerBeforeConsult");
        c.answer(at, by, text.strip(), documentId);
        if (consultations.stream().noneMatch(Consultation::isOpen) && application.status() == ApplicationStatus.STOPPED
                && application.openStop().kind() == StopKind.CONSULTATION) {
            application.pausing().endOpenStop(application.openStop(), max(at, application.lastMoment()), documentId, by, calendar);
        }
    }

    /** A department consulted: one of the platform ({@code id}) or outside it (id null). */
    record Department(Long id, String name) {
    }
}
