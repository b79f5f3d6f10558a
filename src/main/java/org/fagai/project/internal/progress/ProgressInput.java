package org.fagai.project.internal.progress;

import java.math.BigDecimal;
import org.fagai.shared.MaxLength;

/**
 * A month's report: {@code {"month":"2023-06","completedInvestment":1234.56,"siteStatus":"…","problems":"…",
 * "workersPlanned":120,"workersOnSite":96,"machines":14}} (万元; people and machines on site optional).
 */
public record ProgressInput(@MaxLength(20) String month, BigDecimal completedInvestment, @MaxLength(MaxLength.TEXT) String siteStatus,
                     @MaxLength(MaxLength.TEXT) String problems, Integer workersPlanned, Integer workersOnSite, Integer machines) {

    /** A report without the site's workforce. */
    public ProgressInput(String month, BigDecimal completedInvestment, String siteStatus, String problems) {
        this(month, completedInvestment, siteStatus, problems, null, null, null);
    }
}
