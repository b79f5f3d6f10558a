package org.fagai.indicator;

import java.math.BigDecimal;
import org.fagai.shared.MaxLength;

/** An annual target: growth in percent (e.g. 7.5) and/or an absolute amount in the indicator's unit (e.g. 384). */
public record TargetCommand(@MaxLength(40) String indicatorCode, @MaxLength(9) String regionCode, Integer year, BigDecimal growthTarget,
                            BigDecimal absoluteTarget) {
}
