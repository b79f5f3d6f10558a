package org.fagai.approval.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public check of a decision by its verification code: its public facts and whether it is valid, revoked or expired. */
@Service
class LicenceVerification {

    /** What anyone may read: the document, the holder unit, the project, the dates, the authority and the status. */
    record PublicLicence(String verificationCode, String documentName, String documentNumber, boolean approved,
                         String holderName, String projectTitle, @JsonFormat(pattern = "yyyy-MM-dd") LocalDate issuedOn,
                         @JsonFormat(pattern = "yyyy-MM-dd") LocalDate validTo, String authority,
                         ElectronicLicence.Status status, @JsonFormat(pattern = "yyyy-MM-dd") LocalDate revokedOn) {

        public boolean longTerm() {
            return validTo.getYear() == 2099;
        }
    }

    private final ElectronicLicenceRepository licences;
    private final DocumentTexts texts;
    private final Clock clock;

    LicenceVerification(ElectronicLicenceRepository licences, DocumentTexts texts, Clock clock) {
        this.licences = licences;
        this.texts = texts;
        this.clock = clock;
    }

    /** Empty for a code that is malformed or unknown. */
    @Transactional(readOnly = true)
    Optional<PublicLicence> verify(String code) {
        String normalised = ElectronicLicence.normalise(code);
        if (normalised == null) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return licences.findByVerificationCode(normalised).map(e -> new PublicLicence(e.verificationCode(), e.documentName(),
                e.documentNumber(), e.approved(), e.holderName(), e.projectTitle(), e.issuedOn(), e.validTo(), texts.authority(),
                e.statusOn(today), e.revokedAt() == null ? null : e.revokedAt().toLocalDate()));
    }
}
