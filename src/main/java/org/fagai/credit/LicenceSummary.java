package org.fagai.credit;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A licence disclosure as an application shows it: its number, when it is due and whether it is public. */
public record LicenceSummary(long id, String documentNumber, LocalDate decisionDate, LocalDate dueDate,
                             LocalDateTime publishedAt) {

    public boolean published() {
        return publishedAt != null;
    }
}
