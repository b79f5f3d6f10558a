package org.fagai.approval.internal;

import org.fagai.shared.StoredText;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fagai.credit.CreditCheckResult;

/**
 * The rules of 容缺受理 over an application's missing materials and the applicant's signed commitment: only where the
 * kind allows it, only secondary materials of its checklist, with a date after the acceptance day; the promise is kept
 * when the last material arrives in time and breached (once) by the first one late or still missing after the date.
 */
final class PartialAcceptance {

    /**
     * What supplying a material meant for the commitment: BREACHED the first time one arrives after the promised date,
     * KEPT when the last one arrives and none was late, NONE otherwise (reported to credit once).
     */
    enum Outcome { NONE, KEPT, BREACHED }

    private final Application application;
    private final List<MissingDocument> missing;

    PartialAcceptance(Application application, List<MissingDocument> missing) {
        this.application = application;
        this.missing = missing;
    }

    /** Records the missing materials of a 容缺受理 and returns the commitment the applicant signs. */
    Commitment open(LocalDateTime at, KindRules rules, CreditCheckResult check, Acceptance acceptance) {
        if (!rules.partialAcceptance()) {
            throw new RuleViolation(StoredText.of("approval.error.partialNotAllowed", StoredText.label(application.kind().labelKey())));
        }
        if (check.listed()) {
            throw new RuleViolation(StoredText.of("approval.error.partialListed"));
        }
        if (acceptance.promisedBy() == null || !acceptance.promisedBy().isAfter(at.toLocalDate())) {
            throw new RuleViolation(StoredText.of("approval.error.promiseDate"));
        }
        if (new HashSet<>(acceptance.missing()).size() != acceptance.missing().size()) {
            throw new RuleViolation(StoredText.of("approval.error.missingRepeated"));
        }
        for (String name : acceptance.missing()) {
            if (!rules.isSecondaryMaterial(name)) {
                throw new RuleViolation(StoredText.of("approval.error.notSecondary", name));
            }
            missing.add(new MissingDocument(application, name, acceptance.promisedBy()));
        }
        return new Commitment(acceptance.promisedBy(), acceptance.commitment(), acceptance.missing());
    }

    /** 容缺 material supplied: what it meant for the signed commitment. */
    Outcome supply(long missingId, LocalDateTime at, Long documentId, String by) {
        MissingDocument m = missing.stream().filter(x -> Objects.equals(x.id(), missingId)).findFirst()
                .orElseThrow(() -> new RuleViolation(StoredText.of("approval.error.missingMaterialUnknown", missingId)));
        if (!m.isOpen()) {
            throw new RuleViolation(StoredText.of("approval.error.alreadySupplied", m.name()));
        }
        application.requireHandling(StoredText.label("approval.error.step.supply"));
        Checks.requireNotBefore(at, application.acceptedAt(), "approval.error.supplyBeforeAccept");
        m.supply(at, by, documentId);
        Commitment commitment = application.commitment();
        if (m.overdueOn(at.toLocalDate()) && commitment.breach()) {
            return Outcome.BREACHED;
        }
        return stillMissing().isEmpty() && !commitment.breached() ? Outcome.KEPT : Outcome.NONE;
    }

    /** A signed commitment still unmet after the promised day is breached (once): the reason, or empty. */
    Optional<String> breachIfOverdue(LocalDate today) {
        Commitment commitment = application.commitment();
        if (commitment.breached() || commitment.text() == null) {
            return Optional.empty();
        }
        Optional<MissingDocument> late = missing.stream().filter(m -> m.isOpen() && m.overdueOn(today)).findFirst();
        late.ifPresent(m -> commitment.breach());
        return late.map(m -> "“" + m.name() + "”承诺 " + m.promisedBy() + " 前补齐，逾期未补齐");
    }

    List<String> stillMissing() {
        return missing.stream().filter(MissingDocument::isOpen).map(MissingDocument::name).toList();
    }
}
