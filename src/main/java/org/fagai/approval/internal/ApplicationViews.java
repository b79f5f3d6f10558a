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
import org.fagai.credit.LicenceDisclosures;
import org.fagai.credit.LicenceSummary;
import org.fagai.project.ProjectCatalog;
import org.fagai.project.ProjectRef;
import org.fagai.shared.WorkCalendar;
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

    ApplicationViews(WorkingCalendar calendar, LicenceDisclosures licences, ProjectCatalog projects, Clock clock) {
        this.calendar = calendar;
        this.licences = licences;
        this.projects = projects;
        this.clock = clock;
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

    private static ApplicationView view(Application a, ClockReading clockReading, LicenceSummary licence, String projectName) {
        return new ApplicationView(a.id(), a.kind(), a.status(), a.applicantName(), a.applicantCreditCode(), a.projectCode(),
                a.title(), a.regionCode(), a.department(), a.receivedAt(), a.receivedBy(), a.acceptedAt(), a.acceptedBy(),
                a.limitValue(), a.limitUnit(), a.extensionDays(), a.extensionReason(),
                clockReading == null ? null : clockReading.deadline(),
                clockReading == null ? null : clockReading.remainingWorkingMinutes(),
                clockReading == null ? null : clockReading.state(), clockReading != null && clockReading.running(),
                clockReading != null && clockReading.provisional(),
                new ApplicationView.CreditCheck(a.creditListed(), a.creditDetail(), a.creditCheckedAt(), a.overrideBy(),
                        a.overrideReason()),
                a.closedAt(), a.closedBy(), a.closeReason(), a.documentNumber(), a.usedMinutes(), a.onTime(),
                a.suspensions().stream().map(s -> new ApplicationView.SuspensionView(s.startedAt(), s.startedBy(), s.reason(),
                        s.endedAt(), s.endedBy())).toList(),
                licence, projectName);
    }
}
