package org.fagai.shared;

import java.util.Optional;

/**
 * 国民经济行业分类代码 (GB/T 4754-2017): a section letter A–T (门类), or a 2-digit division (大类),
 * 3-digit group (中类) or 4-digit class (小类). Shape only; existence is checked against the table.
 */
public record IndustryCode(String value) {

    /** Validates the shape, trims and upper-cases; throws {@link InvalidCodeException}. */
    public IndustryCode {
        value = validate(value);
    }

    public static IndustryCode of(String raw) {
        return new IndustryCode(raw);
    }

    private static String validate(String raw) {
        if (CodeText.isBlank(raw)) {
            throw new InvalidCodeException(ReaderText.of("shared.error.industry.blank"));
        }
        String code = CodeText.normalize(raw);
        String fullWidth = CodeText.fullWidthReason(code);
        if (fullWidth != null) {
            throw new InvalidCodeException(fullWidth);
        }
        if (code.length() == 1 && code.charAt(0) >= 'A' && code.charAt(0) <= 'Z') {
            if (code.charAt(0) > 'T') {
                throw new InvalidCodeException(ReaderText.of("shared.error.industry.section", code));
            }
            return code;
        }
        if (code.length() >= 2 && code.length() <= 4 && CodeText.isDigits(code)) {
            return code;
        }
        throw new InvalidCodeException(ReaderText.of("shared.error.industry.shape", code));
    }

    public IndustryLevel level() {
        return switch (value.length()) {
            case 1 -> IndustryLevel.SECTION;
            case 2 -> IndustryLevel.DIVISION;
            case 3 -> IndustryLevel.GROUP;
            default -> IndustryLevel.CLASS;
        };
    }

    /** The 2-digit division (大类) this code is in; empty for a section. */
    public Optional<String> division() {
        return level() == IndustryLevel.SECTION ? Optional.empty() : Optional.of(value.substring(0, 2));
    }

    @Override
    public String toString() {
        return value;
    }
}
