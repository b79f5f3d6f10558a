package org.fagai.project.internal.milestones;

import java.time.LocalDate;
import org.fagai.shared.MaxLength;
import org.springframework.format.annotation.DateTimeFormat;

/** A 前期手续 recorded by hand: kind, document number, date and issuing authority. */
public record MilestoneInput(@MaxLength(30) String kind, @MaxLength(100) String documentNumber,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvedOn,
                             @MaxLength(100) String authority) {
}
