package org.fagai.planning.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How planning texts write numbers: plain figures without trailing zeros, rates with one decimal, points with sign. */
public final class Figures {

    private Figures() {
    }

    /** Up to {@code scale} decimals, trailing zeros dropped: 72.50 → 72.5; null → —. */
    public static String plain(BigDecimal value, int scale) {
        if (value == null) {
            return "—";
        }
        BigDecimal v = value.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return v.signum() == 0 ? "0" : v.toPlainString();
    }

    /** A rate with one decimal, e.g. 6.4%. */
    public static String percent(BigDecimal value) {
        return value == null ? "—" : value.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A difference in percentage points with its sign; 0 is 持平. */
    public static String points(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        BigDecimal v = value.setScale(1, RoundingMode.HALF_UP);
        return v.signum() == 0 ? "持平" : (v.signum() > 0 ? "+" : "") + v.toPlainString() + "个百分点";
    }

    /** "上涨6.2%", "下降0.4%" or "持平" for a change in percent. */
    public static String change(BigDecimal percent) {
        if (percent == null) {
            return "—";
        }
        BigDecimal v = percent.setScale(1, RoundingMode.HALF_UP);
        return v.signum() == 0 ? "持平" : (v.signum() > 0 ? "上涨" : "下降") + v.abs().toPlainString() + "%";
    }

    /** A count with thousands separators, e.g. 500,000. */
    public static String count(long value) {
        return String.format("%,d", value);
    }
}
