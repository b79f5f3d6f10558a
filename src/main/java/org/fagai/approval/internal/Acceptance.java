package org.fagai.approval.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fagai.organization.Role;

/**
 * How an application is accepted beyond the credit check: complete, or 容缺 with the missing secondary materials and
 * the promised date; {@code publicNoticeThreshold} (万元) decides whether a government investment needs 公示;
 * {@code acceptedAs} is the accepting user's role: the first review step is his when the role fits it (null: it is).
 */
record Acceptance(List<String> missing, LocalDate promisedBy, BigDecimal publicNoticeThreshold, Role acceptedAs,
                  String commitment) {

    Acceptance(List<String> missing, LocalDate promisedBy, BigDecimal publicNoticeThreshold, Role acceptedAs) {
        this(missing, promisedBy, publicNoticeThreshold, acceptedAs, null);
    }

    static final Acceptance COMPLETE = new Acceptance(List.of(), null, null, null);

    Acceptance(List<String> missing, LocalDate promisedBy, BigDecimal publicNoticeThreshold) {
        this(missing, promisedBy, publicNoticeThreshold, null);
    }

    Acceptance {
        missing = missing == null ? List.of() : missing.stream().filter(m -> m != null && !m.isBlank()).map(String::strip).toList();
        commitment = commitment == null || commitment.isBlank() ? null : commitment.strip();
    }
}
