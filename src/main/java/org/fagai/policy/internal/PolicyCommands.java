package org.fagai.policy.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.CalendarYear;

/** The commands of the policy pages and API; money in 万元. */
final class PolicyCommands {

    private PolicyCommands() {
    }

    /** A policy; {@code industries}, {@code sizes} and {@code flags} comma-separated (see {@link PolicyConditions}). */
    record Policy(@MaxLength(200) String name, @MaxLength(100) String issuer, @MaxLength(100) String documentNumber,
                  @MaxLength(6) String regionCode, @CalendarYear Integer year, @MaxLength(200) String industries,
                  @MaxLength(50) String sizes, @MaxLength(200) String flags, Boolean noApplication, BigDecimal maxAmount,
                  LocalDate validFrom, LocalDate validTo, @MaxLength(2000) String description) {
    }

    /** An enterprise account applies for an amount. */
    record Apply(Long policyId, BigDecimal amount) {
    }

    record Review(Boolean passed, @MaxLength(500) String reason) {
    }

    record Amount(BigDecimal amount) {
    }

    /** 主动推送: the matched enterprises to notify. */
    record Push(List<String> creditCodes) {
    }

    /** 免申即享: grant a matched enterprise without its application. */
    record Grant(@MaxLength(18) String creditCode, BigDecimal amount) {
    }
}
