package org.fagai.planning.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.fagai.shared.web.Formats;

/**
 * How planning's drafted documents write figures, through the platform's one formatting helper ({@link Formats}):
 * thousands separators and only the decimals a value has, rates with one decimal, differences in 百分点 with their sign
 * (持平 for none); plus the 上涨/下降 of a price change.
 */
public final class Figures {

    private Figures() {
    }

    /** Thousands separators, at most {@code scale} decimals, trailing zeros dropped: 3,226.9; null → —. */
    public static String plain(BigDecimal value, int scale) {
        return value == null ? Formats.DASH : Formats.number(value.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros());
    }

    /** A rate with one decimal, e.g. 6.4%. */
    public static String percent(BigDecimal value) {
        return Formats.percentText(value);
    }

    /** A difference in percentage points with its sign; 0 is 持平. */
    public static String points(BigDecimal value) {
        return value == null ? Formats.DASH : Formats.pointsChinese(value);
    }

    /** "上涨6.2%", "下降0.4%" or "持平" for a change in percent. */
    public static String change(BigDecimal percent) {
        if (percent == null) {
            return Formats.DASH;
        }
        BigDecimal v = percent.setScale(1, RoundingMode.HALF_UP);
        return v.signum() == 0 ? "持平" : (v.signum() > 0 ? "上涨" : "下降") + v.abs().toPlainString() + "%";
    }

    /** A count with thousands separators, e.g. 500,000. */
    public static String count(long value) {
        return Formats.number(value);
    }
}
