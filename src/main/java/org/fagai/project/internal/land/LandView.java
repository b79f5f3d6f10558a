package org.fagai.project.internal.land;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A project's land as recorded. */
public record LandView(BigDecimal areaMu, LandNature nature, String approvalDocument, SupplyStatus supplyStatus, String updatedBy,
                       OffsetDateTime updatedAt) {
}
