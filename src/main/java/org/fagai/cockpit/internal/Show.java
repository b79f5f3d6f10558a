package org.fagai.cockpit.internal;

import java.math.BigDecimal;
import org.fagai.indicator.Unit;
import java.util.List;
import org.fagai.shared.Money;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.Formats;

/**
 * Figures on the tiles as people read them: 亿元 from 万元, one-decimal percentages, a dash for what is missing. A figure
 * with a unit is a {@link StoredText} (the unit from the bundles: 2299.67亿元 / 2299.67 × 100m CNY), because tiles are
 * cached for every reader and shown with {@code @fmt.stored} in each reader's language.
 */
final class Show {

    private Show() {
    }

    static String yi(BigDecimal wan) {
        return wan == null ? Formats.DASH : StoredText.of("shared.fmt.yi", Money.ofWan(wan).yiNumber());
    }

    /** Two figures of one tile line: 541 · 1108.77亿元. */
    static String both(String first, String second) {
        return StoredText.list("shared.figureSeparator", List.of(first, second));
    }

    /** A value in its indicator's unit: 2578亿元 (亿元 kept), 万元 shown in 亿元, 元 whole, % one decimal. */
    static String amount(BigDecimal value, Unit unit) {
        return switch (unit) {
            case YI -> yi(value.movePointRight(4));
            case WAN -> yi(value);
            case YUAN -> StoredText.of("shared.fmt.yuan", Formats.fixed(value, 0));
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
