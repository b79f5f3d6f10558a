package org.fagai.project.internal.land;

import java.math.BigDecimal;
import org.fagai.shared.MaxLength;

/** A project's land: area in 亩, nature, approval document, 供地 status. */
public record LandInput(BigDecimal areaMu, @MaxLength(20) String nature, @MaxLength(100) String approvalDocument,
                        @MaxLength(20) String supplyStatus) {
}
