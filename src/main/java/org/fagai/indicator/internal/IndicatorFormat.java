package org.fagai.indicator.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.fagai.indicator.Warning;
import org.springframework.stereotype.Component;

/** Figures as the pages show them; used in templates as {@code @indicatorFormat}. */
@Component("indicatorFormat")
public class IndicatorFormat {

    /** Up to two decimals, trailing zeros dropped; "—" for none. */
    public String num(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        BigDecimal v = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return v.signum() == 0 ? "0" : v.toPlainString();
    }

    /** One decimal, e.g. "7.9", "31.0"; "—" for none. */
    public String pct(BigDecimal value) {
        return value == null ? "—" : value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** A signed gap in percentage points, e.g. "+0.4", "-2.1". */
    public String gap(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        String text = value.setScale(1, RoundingMode.HALF_UP).toPlainString();
        return value.signum() > 0 ? "+" + text : text;
    }

    /** The CSS class of a warning. */
    public String css(Warning warning) {
        return warning == null ? "" : "fagai-warn-" + warning.name().toLowerCase();
    }
}
