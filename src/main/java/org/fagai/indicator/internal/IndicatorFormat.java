package org.fagai.indicator.internal;

import java.math.BigDecimal;
import org.fagai.indicator.Warning;
import org.fagai.shared.web.Formats;
import org.springframework.stereotype.Component;

/**
 * Figures as the indicator pages show them ({@code @indicatorFormat} in templates), through the platform's one format
 * ({@link Formats}): thousands separators, 亿元 with two decimals, growth with one decimal and %, gaps in 百分点 with
 * their sign (持平 for none).
 */
@Component("indicatorFormat")
public class IndicatorFormat {

    private final Formats formats;

    IndicatorFormat(Formats formats) {
        this.formats = formats;
    }

    /** Thousands separators and the decimals the value has; "—" for none. */
    public String num(BigDecimal value) {
        return Formats.number(value);
    }

    /** A value in its indicator's unit: 亿元 with two decimals. */
    public String num(BigDecimal value, String unit) {
        return formats.value(value, unit);
    }

    /** Growth or a rate with one decimal and %: "7.9%", "31.0%"; "—" for none. */
    public String pct(BigDecimal value) {
        return formats.growth(value);
    }

    /** A signed gap in percentage points, e.g. "+0.4个百分点", "-2.1个百分点", 持平. */
    public String gap(BigDecimal value) {
        return formats.points(value);
    }

    /** The CSS class of a warning. */
    public String css(Warning warning) {
        return warning == null ? "" : "fagai-warn-" + warning.name().toLowerCase();
    }
}
