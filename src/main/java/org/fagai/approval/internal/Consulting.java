package org.fagai.approval.internal;

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
        application.requireHandling("征求意见");
        if (departments == null || departments.isEmpty()) {
            throw new RuleViolation("请选择征求意见的部门");
        }
        if (workingDays < 1 || workingDays > 60) {
            throw new RuleViolation("征求意见的期限应在 1–60 个工作日之间");
        }
        requireNotBefore(at, application.acceptedAt(), "征求意见的时间不能早于受理时间");
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
                .orElseThrow(() -> new RuleViolation("征求意见不存在：" + consultationId));
        if (!c.isOpen()) {
            throw new RuleViolation(c.departmentName() + "已答复");
        }
        application.requireHandling("答复征求意见");
        requireReason(text, "请填写答复意见");
        requireNotBefore(at, c.sentAt(), "答复时间不能早于征求意见的时间");
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
