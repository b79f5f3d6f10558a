package org.fagai.approval.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.fagai.shared.StoredText;
import org.fagai.approval.ApplicationStatus;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.credit.LicenceGranted;
import org.fagai.organization.CurrentUser;
import org.fagai.project.ProjectApprovalDecided;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.LongTerm;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.web.Formats;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision: the officer drafts it, the leader signs it — the number is taken from the kind's sequence of the
 * signing year, credit hears {@link LicenceGranted} for its 双公示 record, the e-licence with its verification code is recorded and
 * {@link ProjectApprovalDecided} is published — and its documents (.docx, PDF) are made from the kind's template.
 */
@Service
class ApplicationDecisions {

    enum Format { DOCX, PDF }

    record Rendered(String fileName, String contentType, byte[] bytes) {
    }

    private final ApplicationAccess access;
    private final KindLimits kinds;
    private final DecisionNumbers numbers;
    private final ElectronicLicenceRepository eLicences;
    private final WorkingCalendar calendar;
    private final DocumentTexts texts;
    private final PdfRenderer pdf;
    private final ApplicationNotices notices;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    ApplicationDecisions(ApplicationAccess access, KindLimits kinds, DecisionNumbers numbers, ElectronicLicenceRepository eLicences,
                         WorkingCalendar calendar, DocumentTexts texts, PdfRenderer pdf,
                         ApplicationNotices notices, ApplicationEventPublisher events, AuditLog audit) {
        this.access = access;
        this.kinds = kinds;
        this.numbers = numbers;
        this.eLicences = eLicences;
        this.calendar = calendar;
        this.texts = texts;
        this.pdf = pdf;
        this.notices = notices;
        this.events = events;
        this.audit = audit;
    }

    /** 拟定决定: approved, or not with the reason; a note says why not to wait for open consultations. */
    @Transactional
    ApplicationView draft(long id, StepCommand c) {
        Commands.check(c);
        Application a = access.find(id);
        CurrentUser user = access.handler(a);
        if (c.approved() == null) {
            throw FieldErrors.of("approved", StoredText.of("approval.error.approvedRequired"));
        }
        LocalDateTime at = access.at(c.at(), "at");
        a.draftDecision(c.approved(), c.reason(), c.consultationNote(), at, user.username());
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), draftText(c.approved(), c.reason(), a.draft().consultationNote()));
        return access.recorded(a);
    }

    /** 签发 by a leader: the decision becomes final with the next number of its kind and year. */
    @Transactional
    ApplicationView sign(long id, StepCommand c) {
        if (c != null) {
            Commands.check(c);
        }
        Application a = access.find(id);
        CurrentUser user = access.leader(a);
        LocalDateTime at = access.at(c == null ? null : c.at(), "at");
        ElectronicLicence e = issue(a, at, user.username());
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), StoredText.of(e.approved()
                ? "approval.audit.issued.approved" : "approval.audit.issued.refused", e.documentNumber(), e.verificationCode(),
                ApplicationAccess.text(at), workingTime(a, a.outcome().usedMinutes()), workingTime(a, a.outcome().excludedMinutes()),
                StoredText.label(Boolean.TRUE.equals(a.outcome().onTime()) ? "approval.audit.issued.onTime" : "approval.audit.issued.late")));
        return access.recorded(a);
    }

    private String workingTime(Application a, Long minutes) {
        return Formats.workingTimeStored(minutes == null ? 0 : minutes, a.countdown().limitUnit().name(),
                calendar.current().workingHours().minutesPerDay());
    }

    /**
     * The signature's effects, once the user's rights are checked: the number, the decision, the 双公示 licence, the
     * e-licence and the event.
     */
    ElectronicLicence issue(Application a, LocalDateTime at, String by) {
        List<String> blockers = a.signingBlockers();
        if (!blockers.isEmpty()) {
            throw new RuleViolation(SigningCheck.refusal(blockers));
        }
        KindRules rules = kinds.rulesOf(a.kind());
        String number = rules.documentNumber(at.getYear(), numbers.next(a.kind(), at.getYear()));
        a.sign(at, number, by, calendar.current());
        boolean approved = a.status() == ApplicationStatus.APPROVED;
        LicenceGranted licence = Applications.licenceOf(a);
        if (approved) {
            events.publishEvent(licence);
        }
        ElectronicLicence e = eLicences.save(new ElectronicLicence(a.id(), approved ? a.kind().documentName() : "不予行政许可决定书",
                number, approved, a.applicantName(), a.title(), at.toLocalDate(), approved ? licence.validTo() : LongTerm.DATE,
                by));
        events.publishEvent(new ProjectApprovalDecided(a.id(), a.kind().name(), a.kind().chineseName(), a.projectCode(), approved,
                e.documentName(), number, at.toLocalDate()));
        return e;
    }

    ElectronicLicence eLicenceOf(long applicationId) {
        return eLicences.findByApplicationId(applicationId).orElseThrow(() -> new RuleViolation(StoredText.of("approval.error.noIssuedDecision")));
    }

    /** 撤销 of a signed decision by a leader: its public check shows it revoked. */
    @Transactional
    ApplicationView revoke(long id, StepCommand c) {
        Commands.check(c);
        Application a = access.find(id);
        CurrentUser user = access.leader(a);
        ElectronicLicence e = eLicences.findByApplicationId(id).orElseThrow(() -> new RuleViolation(StoredText.of("approval.error.noIssuedDecision")));
        LocalDateTime at = access.at(c.at(), "at");
        e.revoke(at, user.username(), c.reason());
        audit.record(AuditAction.UPDATE, "approval", String.valueOf(id), StoredText.of("approval.audit.decision.revoked", e.documentNumber(), e.revokeReason()));
        return access.recorded(a);
    }

    /** The decision document: the signed one, or the draft (marked, unnumbered) while it awaits the signature. */
    @Transactional(readOnly = true)
    Rendered document(long id, Format format, String baseUrl) {
        Application a = access.find(id);
        access.viewer(a);
        Optional<ElectronicLicence> signed = eLicences.findByApplicationId(id);
        if (signed.isEmpty() && a.draft().approved() == null) {
            throw new NotFoundException(StoredText.of("approval.error.noDraftYet"));
        }
        LocalDate validTo = signed.map(ElectronicLicence::validTo).orElse(null);
        OfficialDocument d = texts.decision(a, signed.orElse(null),
                signed.map(e -> verifyUrl(baseUrl, e.verificationCode())).orElse(null), validTo, access.now(), calendar.current());
        String name = signed.map(ElectronicLicence::documentNumber).orElse(d.title() + "（草稿）");
        return render(d, name, format);
    }

    @Transactional(readOnly = true)
    Rendered notice(long id, long noticeId, Format format) {
        Application a = access.find(id);
        access.viewer(a);
        ApplicationNotices.Notice n = notices.find(id, noticeId);
        OfficialDocument d = texts.notice(a, n);
        return render(d, d.title() + "-" + id, format);
    }

    @Transactional(readOnly = true)
    OfficialDocument noticeDocument(long id, long noticeId) {
        Application a = access.find(id);
        access.viewer(a);
        return texts.notice(a, notices.find(id, noticeId));
    }

    @Transactional(readOnly = true)
    OfficialDocument decisionDocument(long id, String baseUrl) {
        Application a = access.find(id);
        access.viewer(a);
        Optional<ElectronicLicence> signed = eLicences.findByApplicationId(id);
        if (signed.isEmpty() && a.draft().approved() == null) {
            throw new NotFoundException(StoredText.of("approval.error.noDraftYet"));
        }
        return texts.decision(a, signed.orElse(null), signed.map(e -> verifyUrl(baseUrl, e.verificationCode())).orElse(null),
                signed.map(ElectronicLicence::validTo).orElse(null), access.now(), calendar.current());
    }

    static String verifyUrl(String baseUrl, String code) {
        return baseUrl + "/public/licences/verify?code=" + code;
    }

    private Rendered render(OfficialDocument d, String name, Format format) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|]", "_");
        return format == Format.PDF
                ? new Rendered(safe + ".pdf", "application/pdf", pdf.render(d))
                : new Rendered(safe + ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                DocxRenderer.render(d));
    }

    /** The audit's sentence of a drafted decision (a stored sentence, read in the reader's language). */
    private static String draftText(boolean approved, String reason, String consultationNote) {
        String draft = approved ? StoredText.of("approval.audit.draft.approve") : StoredText.of("approval.audit.draft.refuse", reason);
        return consultationNote == null ? draft
                : StoredText.list("shared.reasonSeparator", java.util.List.of(draft, StoredText.of("approval.audit.draft.noWait", consultationNote)));
    }
}
