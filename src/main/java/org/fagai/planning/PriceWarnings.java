package org.fagai.planning;

import java.time.LocalDate;
import java.util.List;

/** Price monitoring's warnings, for dashboards. */
public interface PriceWarnings {

    /** Every monitored good with a price on {@code day}: average, 环比 and 同比 and its warning colour. */
    List<PriceWarning> warnings(LocalDate day);
}
