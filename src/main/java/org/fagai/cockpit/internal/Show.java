package org.fagai.cockpit.internal;

import java.math.BigDecimal;
import org.fagai.indicator.Unit;
import org.fagai.shared.Money;
import org.fagai.shared.web.Formats;

/** Figures on the tiles as people read them: 亿元 from 万元, one-decimal percentages, a dash for what is missing. */
final class Show {

    private Show() {
    }

    static String yi(BigDecimal wan) {
        return wan == null ? Formats.DASH : Money.ofWan(wan).formatYi();
    }

    /** A value in its indicator's unit: 2578亿元 (亿元 kept), 万元 shown in 亿元, 元 whole, % one decimal. */
    static String amount(BigDecimal value, Unit unit) {
        return switch (unit) {
            case YI -> Money.ofWan(value.movePointRight(4)).formatYi();
            case WAN -> yi(value);
            case YUAN -> Formats.fixed(value, 0) + "元";
            case PERCENT -> percent(value);
        };
    }

    static String percent(BigDecimal percent) {
        return Formats.percentText(percent);
    }

    static String count(long n) {
        return Formats.number(n);
    }

    /** The tone of a count that should be zero: none ok, some bad. */
    static String zeroIsGood(long n) {
        return n == 0 ? "ok" : "bad";
    }
}
