package org.fagai.approval.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.fagai.approval.ApplicationStatus;
import org.fagai.approval.ApprovalKind;
import org.fagai.approval.ClockState;
import org.fagai.credit.LicenceSummary;

/**
 * An application as the pages and the API show it, with its clock read now. Times: Beijing, yyyy-MM-ddTHH:mm. The
 * process (counted and excluded working time, the review steps, stops, consultations, extension, 容缺 materials, the
 * drafted decision, notices, e-licence) only in the detail ({@code GET …/{id}} and every step's answer), not in lists.
 */
record ApplicationView(long id, ApprovalKind kind, ApplicationStatus status, String applicantName,
                       String applicantCreditCode, String projectCode, String title, String regionCode,
                       String department,
                       @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime receivedAt, String receivedBy,
                       @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime acceptedAt, String acceptedBy,
                       Integer limitValue, LimitUnit limitUnit, int extensionDays, String extensionReason,
                       @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime deadline,
                       Long remainingWorkingMinutes, ClockState state, boolean clockRunning, boolean provisional,
                       CreditCheck creditCheck,
                       @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime closedAt, String closedBy,
                       String closeReason, String documentNumber, Long usedWorkingMinutes, Boolean onTime,
                       List<SuspensionView> suspensions, LicenceSummary licence,
                       String linkedProjectName, BigDecimal totalInvestment,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Process process,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Long countedWorkingMinutes,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Long excludedWorkingMinutes,
                       @JsonInclude(JsonInclude.Include.NON_NULL) List<StepView> steps,
                       @JsonInclude(JsonInclude.Include.NON_NULL) List<StopView> stops) {

    /** Everything between acceptance and decision, for the detail. */
    record Process(List<ChainStep> chain, Integer currentStep, List<ConsultationView> consultations, Extension extension,
                   @JsonFormat(pattern = "yyyy-MM-dd") LocalDate promisedBy, List<MissingView> missingDocuments,
                   Draft draft, List<String> signingBlockers, boolean publicNoticeRequired, List<NoticeView> notices,
                   ELicence eLicence, Long elapsedWorkingMinutes, int minutesPerDay, String commitment) {

        /** Whole working days of {@code minutes}, for display in the limit's unit. */
        public long days(long minutes) {
            return Math.abs(minutes) / minutesPerDay;
        }

        /** Whole hours beyond the whole working days. */
        public long hours(long minutes) {
            return Math.abs(minutes) % minutesPerDay / 60;
        }

        /** Minutes beyond the whole hours. */
        public long minutes(long minutes) {
            return Math.abs(minutes) % 60;
        }
    }

    /** A step of the chain as taken: its working time leaves out the time the clock stood still. */
    record StepView(long id, int position, String name, String role, int sharePercent, String assignee,
                    @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime startedAt,
                    @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime finishedAt, String reviewer,
                    ReviewStep.Decision decision, String opinion, Integer returnedTo, long workingMinutes,
                    long allowedMinutes, boolean overShare) {
    }

    record StopView(long id, StopKind kind, @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime startedAt,
                    String startedBy, String reason, Long startDocumentId,
                    @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime endedAt, String endedBy, Long endDocumentId,
                    long excludedWorkingMinutes) {
    }

    record ConsultationView(long id, Long departmentId, String departmentName, boolean inside,
                            @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime sentAt, String sentBy, int workingDays,
                            @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime dueAt,
                            @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime answeredAt, String answeredBy,
                            String answer, Long documentId, boolean late) {
    }

    record Extension(Integer requestedDays, @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime requestedAt,
                     String requestedBy, String reason, @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime approvedAt,
                     String approvedBy, int days) {

        public boolean pending() {
            return requestedAt != null && approvedAt == null;
        }
    }

    record MissingView(long id, String name, @JsonFormat(pattern = "yyyy-MM-dd") LocalDate promisedBy,
                       @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime suppliedAt, String suppliedBy,
                       Long documentId, boolean overdue) {
    }

    record Draft(boolean approved, String reason, String consultationNote,
                 @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime draftedAt, String draftedBy) {
    }

    record NoticeView(long id, ApplicationNotices.Kind kind, @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime issuedAt,
                      String issuedBy, List<String> items, String note) {
    }

    record ELicence(String verificationCode, String documentName, String documentNumber, boolean approved,
                    @JsonFormat(pattern = "yyyy-MM-dd") LocalDate issuedOn, @JsonFormat(pattern = "yyyy-MM-dd") LocalDate validTo,
                    ElectronicLicence.Status status, @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime revokedAt,
                    String revokeReason, String verifyPath) {
    }

    /** The credit check result shown on every application, with a leader's override if any. */
    record CreditCheck(Boolean listed, String detail,
                       @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime checkedAt,
                       String overrideBy, String overrideReason, Boolean redListed, String redListDetail,
                       boolean greenChannel) {
    }

    record SuspensionView(@JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime startedAt, String startedBy,
                          String reason, @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime endedAt,
                          String endedBy) {
    }

    /** Whole working hours of the remaining time (absolute value), for display. */
    public long remainingHoursPart() {
        return remainingWorkingMinutes == null ? 0 : Math.abs(remainingWorkingMinutes) / 60;
    }

    /** Minutes beyond the whole hours of the remaining time (absolute value), for display. */
    public long remainingMinutesPart() {
        return remainingWorkingMinutes == null ? 0 : Math.abs(remainingWorkingMinutes) % 60;
    }

    public boolean late() {
        return state == ClockState.OVERDUE;
    }

    /** The limit as a message key and value, e.g. approval.limit.HOURS with 8. */
    public String limitKey() {
        return limitUnit == null ? null : "approval.limit." + limitUnit.name();
    }
}
