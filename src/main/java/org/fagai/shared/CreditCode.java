package org.fagai.shared;

import java.util.Locale;
import java.util.Map;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters.
 * <pre>
 * position 1      登记管理部门代码 (registration authority)
 * position 2      机构类别代码 (entity type; with position 1 e.g. 91 企业)
 * positions 3–8   登记管理机关行政区划码 (GB/T 2260)
 * positions 9–17  主体标识码 = 组织机构代码 (GB 11714; position 17 is its own check digit)
 * position 18     校验码
 * </pre>
 * Only codes that pass {@link #check(String)} can be constructed.
 */
public record CreditCode(String value) {

    /** GB 32100 character set: digits and capital letters without I, O, S, V, Z; index = value 0–30. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Weights for positions 1–17: 3^(i−1) mod 31. */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** GB 11714 weights for the organisation code, positions 9–16. */
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final String LETTERS_NOT_USED = "IOSVZ";

    private static final Map<String, String> ENTITY_TYPE_NAMES = Map.ofEntries(
            Map.entry("11", "机关"),
            Map.entry("12", "事业单位"),
            Map.entry("13", "中央编办直接管理机构编制的群众团体"),
            Map.entry("19", "其他"),
            Map.entry("51", "社会团体"),
            Map.entry("52", "民办非企业单位"),
            Map.entry("53", "基金会"),
            Map.entry("59", "其他"),
            Map.entry("91", "企业"),
            Map.entry("92", "个体工商户"),
            Map.entry("93", "农民专业合作社"));

    /**
     * Result of checking a raw input.
     *
     * @param code   the input trimmed and upper-cased ("" for null)
     * @param valid  whether it is a valid code
     * @param reason the Chinese reason when invalid, null when valid
     */
    public record Check(String code, boolean valid, String reason) {

        static Check passed(String code) {
            return new Check(code, true, null);
        }

        static Check failed(String code, String reason) {
            return new Check(code, false, reason);
        }
    }

    /** Validates and normalises (trim, upper case); throws {@link InvalidCodeException} with the reason. */
    public CreditCode {
        Check check = check(value);
        if (!check.valid()) {
            throw new InvalidCodeException(check.reason());
        }
        value = check.code();
    }

    public static CreditCode of(String raw) {
        return new CreditCode(raw);
    }

    /** Checks a raw input; never throws. The rules are applied in order and the first broken one is reported. */
    public static Check check(String raw) {
        String code = CodeText.normalize(raw);
        if (CodeText.isBlank(raw)) {
            return Check.failed(code, ReaderText.of("shared.error.credit.blank"));
        }
        String fullWidth = CodeText.fullWidthReason(code);
        if (fullWidth != null) {
            return Check.failed(code, fullWidth);
        }
        int[] chars = code.codePoints().toArray();
        if (chars.length != 18) {
            return Check.failed(code, ReaderText.of("shared.error.credit.length", chars.length));
        }
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] > 0xFFFF || ALPHABET.indexOf(chars[i]) < 0) {
                return Check.failed(code, ReaderText.of(LETTERS_NOT_USED.indexOf(chars[i]) >= 0
                        ? "shared.error.credit.letterNotUsed" : "shared.error.credit.character", i + 1, CodeText.quote(chars[i])));
            }
        }
        if (!CodeText.isDigits(code.substring(2, 8))) {
            return Check.failed(code, ReaderText.of("shared.error.credit.registrar"));
        }
        char organisationCheck = organisationCheckDigit(code.substring(8, 16));
        if (code.charAt(16) != organisationCheck) {
            return Check.failed(code, ReaderText.of("shared.error.credit.organisationCheck", organisationCheck));
        }
        char finalCheck = checkDigit(code.substring(0, 17));
        if (code.charAt(17) != finalCheck) {
            return Check.failed(code, ReaderText.of("shared.error.credit.check", finalCheck));
        }
        return Check.passed(code);
    }

    /**
     * Completes the first 16 characters (positions 1–16) with both check digits, e.g. for demo data.
     *
     * @throws InvalidCodeException when the result is not a valid code (wrong length, alphabet, region)
     */
    public static CreditCode withCheckDigits(String first16) {
        String head = CodeText.normalize(first16);
        if (head.length() != 16) {
            throw new InvalidCodeException(ReaderText.of("shared.error.credit.head", head.codePointCount(0, head.length())));
        }
        for (int i = 0; i < 16; i++) {
            if (ALPHABET.indexOf(head.charAt(i)) < 0) {
                throw new InvalidCodeException(ReaderText.of("shared.error.credit.character", i + 1, CodeText.quote(head.charAt(i))));
            }
        }
        String first17 = head + organisationCheckDigit(head.substring(8, 16));
        return new CreditCode(first17 + checkDigit(first17));
    }

    /** GB 11714: 11 − (Σ value·weight mod 11) over the 8 characters, values 0–9 and A=10 … Z=35; 10 → X, 11 → 0. */
    static char organisationCheckDigit(String organisationBody) {
        int sum = 0;
        for (int j = 0; j < 8; j++) {
            sum += Character.digit(organisationBody.charAt(j), 36) * ORGANISATION_WEIGHTS[j];
        }
        int digit = 11 - sum % 11;
        return switch (digit) {
            case 10 -> 'X';
            case 11 -> '0';
            default -> (char) ('0' + digit);
        };
    }

    /** GB 32100: 31 − (Σ value·weight mod 31) over positions 1–17, 31 → 0, as a character of the alphabet. */
    static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int digit = 31 - sum % 31;
        return ALPHABET.charAt(digit == 31 ? 0 : digit);
    }

    /** Position 1, e.g. "9" (市场监管), "1" (机构编制), "5" (民政). */
    public String registrationAuthority() {
        return value.substring(0, 1);
    }

    /** Positions 1–2, e.g. "91" 企业. */
    public String entityType() {
        return value.substring(0, 2);
    }

    /** The Chinese name of {@link #entityType()}, or null when it is not one of the known types. */
    public String entityTypeName() {
        return entityTypeName(entityType());
    }

    /** Positions 3–8: the registering authority's 行政区划代码. */
    public String regionCode() {
        return value.substring(2, 8);
    }

    /** Positions 9–17: the 组织机构代码 including its check digit. */
    public String organisationCode() {
        return value.substring(8, 17);
    }

    /** Name of an entity type (positions 1–2), e.g. "91" → "企业"; null for an unknown type. */
    public static String entityTypeName(String entityType) {
        return entityType == null ? null : ENTITY_TYPE_NAMES.get(entityType.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
