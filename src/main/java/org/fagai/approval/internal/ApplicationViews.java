package org.fagai.approval.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.fagai.approval.ApplicationStatus;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.credit.CreditCheckResult;
import org.fagai.credit.LicenceDisclosures;
import org.fagai.credit.LicenceSummary;
import org.fagai.project.ProjectCatalog;
import org.fagai.project.ProjectRef;
import org.fagai.shared.WorkCalendar;
import org.fagai.shared.web.Formats;
import org.springframework.stereotype.Component;

/**
 * Applications as the pages and the API show them, with their clocks read now. A list's licences and linked projects
 * are read in one query each, whatever the list's size.
 */
@Component
class ApplicationViews {

    private final WorkingCalendar calendar;
    private final LicenceDisclosures licences;
    private final ProjectCatalog projects;
    private final Clock clock;
    private final ElectronicLicenceRepository eLicences;
    private final ApplicationNotices notices;
    private final Formats fmt;

    ApplicationViews(WorkingCalendar calendar, LicenceDisclosures licences, ProjectCatalog projects, Clock clock,
                     ElectronicLicenceRepository eLicences, ApplicationNotices notices, Formats fmt) {
        this.fmt = fmt;
        this.calendar = calendar;
        this.licences = licences;
        this.projects = projects;
        this.clock = clock;
        this.eLicences = eLicences;
        this.notices = notices;
    }

    /** The application with its whole process: counted and excluded time, steps, stops, consultations, the decision. */
    ApplicationView detail(Application a) {
        ApplicationView base = view(a);
        WorkCalendar cal = calendar.current();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        if (a.acceptedAt() == null) {
            return withProcess(base, process(a, now, cal), null, null, List.of(), List.of());
        }
        LocalDateTime until = a.closedAt() != null ? a.closedAt() : now;
        long counted = a.outcome().usedMinutes() != null ? a.outcome().usedMinutes() : a.usedWorkingMinutes(until, cal);
        long excluded = a.outcome().excludedMinutes() != null ? a.outcome().excludedMinutes() : a.excludedWorkingMinutes(until, cal);
        List<ApplicationView.StepView> steps = a.steps().stream().map(s -> {
            long allowed = a.countdown().limitMinutes() * s.sharePercent() / 100;
            long minutes = a.stepMinutes(s, now, cal);
            return new ApplicationView.StepView(s.id(), s.position(), s.name(), s.role().name(), s.sharePercent(), s.assignee(),
                    s.startedAt(), s.finishedAt(), s.reviewer(), s.decision(), s.opinion(), s.returnedTo(), minutes, allowed,
                    minutes > allowed);
        }).toList();
        List<ApplicationView.StopView> stops = a.stops().stream().map(s -> new ApplicationView.StopView(s.id(), s.kind(),
                s.startedAt(), s.startedBy(), s.reason(), s.startDocumentId(), s.endedAt(), s.endedBy(), s.endDocumentId(),
                cal.workingMinutesBetween(s.startedAt(), s.endedAt() != null ? s.endedAt() : until))).toList();
        return withProcess(base, process(a, now, cal), counted, excluded, steps, stops);
    }

    private ApplicationView.Process process(Application a, LocalDateTime now, WorkCalendar cal) {
        ReviewStep current = a.acceptedAt() == null ? null : a.chain().current();
        List<ApplicationView.ConsultationView> consultations = a.consultations().stream().map(c -> new ApplicationView.ConsultationView(
                c.id(), c.departmentId(), c.departmentName(), c.inside(), c.sentAt(), c.sentBy(), c.workingDays(), c.dueAt(),
                c.answeredAt(), c.answeredBy(), c.answer(), c.documentId(), c.lateAt(now))).toList();
        ApplicationView.Extension extension = a.extension().requestedAt() == null && a.extension().days() == 0 ? null
                : new ApplicationView.Extension(a.extension().requestedDays() != null ? a.extension().requestedDays() : a.extension().days(),
                a.extension().requestedAt(), a.extension().requestedBy(), a.extension().days() > 0 ? a.extension().reason() : a.extension().requestReason(),
                a.extension().approvedAt(), a.extension().by(), a.extension().days());
        List<ApplicationView.MissingView> missing = a.missingDocuments().stream().map(m -> new ApplicationView.MissingView(m.id(),
                m.name(), m.promisedBy(), m.suppliedAt(), m.suppliedBy(), m.documentId(), m.overdueOn(now.toLocalDate()))).toList();
        ApplicationView.Draft draft = a.draft().approved() == null ? null : new ApplicationView.Draft(a.draft().approved(), a.draft().reason(),
                a.draft().consultationNote(), a.draft().at(), a.draft().by());
        List<ApplicationView.NoticeView> notes = notices.list(a.id()).stream().map(n -> new ApplicationView.NoticeView(n.id(),
                n.kind(), n.issuedAt(), n.issuedBy(), n.items(), n.note())).toList();
        ApplicationView.ELicence licence = eLicences.findByApplicationId(a.id()).map(e -> new ApplicationView.ELicence(
                e.verificationCode(), e.documentName(), e.documentNumber(), e.approved(), e.issuedOn(), e.validTo(),
                e.statusOn(now.toLocalDate()), e.revokedAt(), e.revokeReason(),
                "/public/licences/verify?code=" + e.verificationCode())).orElse(null);
        List<String> blockers = a.status().isOpen() && a.acceptedAt() != null
                ? a.signingBlockers().stream().map(fmt::stored).toList() : List.of();
        return new ApplicationView.Process(a.reviewChain(), current == null ? null : current.position(), consultations, extension,
                a.commitment().promisedBy(), missing, draft, blockers, a.publicNoticeRequired(), notes, licence, a.outcome().elapsedMinutes(),
                (int) cal.workingHours().minutesPerDay(), a.commitment().text());
    }

    private static ApplicationView withProcess(ApplicationView v, ApplicationView.Process process, Long counted, Long excluded,
                                               List<ApplicationView.StepView> steps, List<ApplicationView.StopView> stops) {
        return new ApplicationView(v.id(), v.kind(), v.status(), v.applicantName(), v.applicantCreditCode(), v.projectCode(),
                v.title(), v.regionCode(), v.department(), v.receivedAt(), v.receivedBy(), v.acceptedAt(), v.acceptedBy(),
                v.limitValue(), v.limitUnit(), v.extensionDays(), v.extensionReason(), v.deadline(), v.remainingWorkingMinutes(),
                v.state(), v.clockRunning(), v.provisional(), v.creditCheck(), v.closedAt(), v.closedBy(), v.closeReason(),
                v.documentNumber(), v.usedWorkingMinutes(), v.onTime(), v.suspensions(), v.licence(), v.linkedProjectName(),
                v.totalInvestment(), process, counted, excluded, steps, stops);
    }

    ApplicationView view(Application a) {
        return views(List.of(a)).get(0);
    }

    List<ApplicationView> views(List<Application> applications) {
        if (applications.isEmpty()) {
            return List.of();
        }
        Map<Long, LicenceSummary> licence = licences.forApplications(applications.stream()
                .filter(a -> a.status() == ApplicationStatus.APPROVED).map(Application::id).toList());
        Map<String, String> projectName = projects.findByCodes(applications.stream().map(Application::projectCode)
                        .filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(ProjectRef::code, ProjectRef::name, (first, second) -> first));
        WorkCalendar cal = calendar.current();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        return applications.stream().map(a -> view(a, a.clock(now, cal),
                licence.get(a.id()), projectName.get(a.projectCode()))).toList();
    }

    /** A stored sentence (the red list's detail) in Chinese, for the audit log. */
    String chinese(String stored) {
        return fmt.storedChinese(stored);
    }

    /** The credit check's and the red list's details (stored sentences of the credit module) in the reader's language, on pages and in the API. */
    private ApplicationView view(Application a, ClockReading clockReading, LicenceSummary licence, String projectName) {
        return new ApplicationView(a.id(), a.kind(), a.status(), a.applicantName(), a.applicantCreditCode(), a.projectCode(),
                a.title(), a.regionCode(), a.department(), a.receivedAt(), a.receivedBy(), a.acceptedAt(), a.acceptedBy(),
                a.countdown().limitValue(), a.countdown().limitUnit(), a.extension().days(), a.extension().reason(),
                clockReading == null ? null : clockReading.deadline(),
                clockReading == null ? null : clockReading.remainingWorkingMinutes(),
                clockReading == null ? null : clockReading.state(), clockReading != null && clockReading.running(),
                clockReading != null && clockReading.provisional(),
                new ApplicationView.CreditCheck(a.credit().listed(), fmt.stored(CreditCheckResult.asStored(a.credit().detail())), a.credit().checkedAt(), a.credit().overrideBy(),
                        a.credit().overrideReason(), a.credit().redListed(), fmt.stored(a.credit().redListDetail()), a.credit().greenChannel()),
                a.closedAt(), a.outcome().closedBy(), a.outcome().closeReason(), a.outcome().documentNumber(), a.outcome().usedMinutes(), a.outcome().onTime(),
                a.suspensions().stream().map(s -> new ApplicationView.SuspensionView(s.startedAt(), s.startedBy(), s.reason(),
                        s.endedAt(), s.endedBy())).toList(),
                licence, projectName, a.totalInvestment(), null, null, null, null, null);
    }
}
