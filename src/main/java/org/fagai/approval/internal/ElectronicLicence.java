package org.fagai.approval.internal;

import org.fagai.shared.StoredText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 电子证照: the public record of a signed decision, found by the verification code its QR code carries. Valid until
 * revoked (撤销) or past its validity; the public check shows nothing else of the application.
 */
@Entity
@Table(name = "approval_e_licence")
class ElectronicLicence {

    enum Status {
        VALID, REVOKED, EXPIRED;

        public String labelKey() {
            return "approval.licence.status." + name();
        }
    }

    /** No 0/O, 1/I/L: a code read out or typed from paper is not mistaken. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "application_id")
    private long applicationId;
    @Column(name = "verification_code")
    private String verificationCode;
    @Column(name = "document_name")
    private String documentName;
    @Column(name = "document_number")
    private String documentNumber;
    private boolean approved;
    @Column(name = "holder_name")
    private String holderName;
    @Column(name = "project_title")
    private String projectTitle;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Column(name = "signed_by")
    private String signedBy;
    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;
    @Column(name = "revoked_by")
    private String revokedBy;
    @Column(name = "revoke_reason")
    private String revokeReason;

    protected ElectronicLicence() {
    }

    ElectronicLicence(long applicationId, String documentName, String documentNumber, boolean approved, String holderName,
                      String projectTitle, LocalDate issuedOn, LocalDate validTo, String signedBy) {
        this.applicationId = applicationId;
        this.verificationCode = newCode();
        this.documentName = documentName;
        this.documentNumber = documentNumber;
        this.approved = approved;
        this.holderName = holderName;
        this.projectTitle = projectTitle;
        this.issuedOn = issuedOn;
        this.validTo = validTo;
        this.signedBy = signedBy;
    }

    /** 撤销 by a leader with the reason; the public check shows it revoked from then on. */
    void revoke(LocalDateTime at, String by, String reason) {
        if (revokedAt != null) {
            throw new RuleViolation(StoredText.of("approval.error.alreadyRevoked", ApplicationAccess.text(revokedAt)));
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation(StoredText.of("approval.error.revokeReasonRequired"));
        }
        this.revokedAt = at;
        this.revokedBy = by;
        this.revokeReason = reason.strip();
    }

    Status statusOn(LocalDate day) {
        if (revokedAt != null && !revokedAt.toLocalDate().isAfter(day)) {
            return Status.REVOKED;
        }
        return day.isAfter(validTo) ? Status.EXPIRED : Status.VALID;
    }

    /** 16 characters in four groups: K7QX-3M9P-W2RT-8HJD. */
    static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as typed: trimmed, upper-cased, dashes optional; null when it cannot be one. */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String plain = typed.strip().toUpperCase().replace("-", "").replace(" ", "");
        if (plain.length() != 16 || !plain.chars().allMatch(ch -> ALPHABET.indexOf(ch) >= 0)) {
            return null;
        }
        return plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8, 12) + "-" + plain.substring(12);
    }

    Long id() { return id; }
    long applicationId() { return applicationId; }
    String verificationCode() { return verificationCode; }
    String documentName() { return documentName; }
    String documentNumber() { return documentNumber; }
    boolean approved() { return approved; }
    String holderName() { return holderName; }
    String projectTitle() { return projectTitle; }
    LocalDate issuedOn() { return issuedOn; }
    LocalDate validTo() { return validTo; }
    String signedBy() { return signedBy; }
    LocalDateTime revokedAt() { return revokedAt; }
    String revokedBy() { return revokedBy; }
    String revokeReason() { return revokeReason; }
}
