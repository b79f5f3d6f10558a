package org.fagai.shared;

import java.util.Locale;

/** Input clean-up shared by the value types: trimming, upper-casing, full-width detection. */
final class CodeText {

    private CodeText() {
    }

    /** Trimmed and upper-cased; "" for null. */
    static String normalize(String raw) {
        return raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
    }

    /** Null, empty, or only whitespace (including the ideographic space U+3000). */
    static boolean isBlank(String raw) {
        return raw == null || raw.strip().isEmpty();
    }

    /** Full-width forms U+FF01–U+FF5E (Ａ, １, －, …) and the ideographic space U+3000. */
    static boolean isFullWidth(char c) {
        return c == '\u3000' || (c >= '\uFF01' && c <= '\uFF5E');
    }

    /** The reason naming the first full-width character (in the reader's language), or null when there is none. */
    static String fullWidthReason(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isFullWidth(c)) {
                return ReaderText.of("shared.error.fullWidth", c, i + 1);
            }
        }
        return null;
    }

    /** Full-width forms turned into their half-width ASCII twins, ideographic spaces into spaces. */
    static String toHalfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u3000') {
                out.append(' ');
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Only the ASCII digits 0–9 (not the other Unicode digits Character.isDigit accepts). */
    static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** A character for a message: the character itself, quoted. */
    static String quote(int codePoint) {
        return "'" + Character.toString(codePoint) + "'";
    }
}
