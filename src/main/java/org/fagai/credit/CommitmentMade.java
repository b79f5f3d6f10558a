package org.fagai.credit;

import java.time.LocalDate;

/**
 * 信用承诺: an applicant signed a commitment with an application (告知承诺 / 容缺受理), to be kept by {@code promisedBy}.
 * Raised by approval, listened to by credit, which keeps it on the applicant's credit file.
 */
public record CommitmentMade(long applicationId, String creditCode, String partyName, String content, LocalDate madeOn,
                             LocalDate promisedBy) {
}
