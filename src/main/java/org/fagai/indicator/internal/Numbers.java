package org.fagai.indicator.internal;

import java.math.BigDecimal;

/** Numbers as officials type them: full-width digits, thousands separators, a trailing %. */
final class Numbers {

    private Numbers() {
    }

    /** The number, null for blank text; {@link NumberFormatException} for anything else. */
    static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (c != ',' && c != '%' && c != ' ') {
                s.append(c);
            }
        }
        return new BigDecimal(s.toString());
    }

    static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
