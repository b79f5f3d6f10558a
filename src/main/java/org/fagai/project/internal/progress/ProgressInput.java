package org.fagai.project.internal.progress;

import java.math.BigDecimal;
import org.fagai.shared.MaxLength;

/** A month's report: {@code {"month":"2023-06","completedInvestment":1234.56,"siteStatus":"…","problems":"…"}} (万元). */
public record ProgressInput(@MaxLength(20) String month, BigDecimal completedInvestment, @MaxLength(MaxLength.TEXT) String siteStatus,
                     @MaxLength(MaxLength.TEXT) String problems) {
}
