package org.fagai.credit.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.fagai.credit.Incentive;

record RedListEntryView(long id, String entityName, String creditCode, String source, String sourceDocument,
                        List<Incentive> incentives, LocalDate validFrom, LocalDate validTo, boolean inForce,
                        OffsetDateTime removedAt, String removedBy, String removalReason) {
}
