package org.fagai.credit;

import java.time.LocalDate;

/**
 * A commitment of an application was kept (everything promised arrived in time) or breached (something arrived after
 * the promised date): a breach becomes a record on the applicant's credit file. Raised by approval, once per outcome.
 */
public record CommitmentSettled(long applicationId, String creditCode, boolean kept, LocalDate on, String note) {
}
