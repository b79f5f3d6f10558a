package org.fagai.shared;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 投资项目统一代码: 24 characters {@code NNNN-NNNNNN-NN-NN-NNNNNN}, assigned once by the national online
 * approval platform. Two generations are in use:
 * <ul>
 *   <li>{@link Generation#OLD} (before 2020-11): {@code YYYY-region-industry division-type-serial},
 *       type 01 审批, 02 核准, 03 备案;</li>
 *   <li>{@link Generation#NEW} (GB/T 40058-2021): {@code YYMM-region-department-type-random+check};
 *       the last character may be a check letter.</li>
 * </ul>
 * A project without a code yet (谋划项目) gets a local provisional code {@code LS2023-330100-000123},
 * clearly marked by the {@code LS} (临时) prefix and its different shape.
 * The platform stores the code it is given and validates the shape and the region segment only.
 */
public record ProjectCode(String value) {

    public enum Generation {
        /** YYYY-…: a year 2000–2020 (except 2011 and 2012, which are the new format's 2020-11 and 2020-12), all digits. */
        OLD,
        /** YYMM-…: year and month; may end in a check letter. */
        NEW,
        /** A local code of this platform, {@code LS<year>-<region>-<serial>}. */
        PROVISIONAL
    }

    private static final String PROVISIONAL_PREFIX = "LS";
    private static final Pattern PROVISIONAL = Pattern.compile("LS([0-9]{4})-([0-9]{6})-([0-9]{6})");
    private static final String SHAPE = "NNNN-NNNNNN-NN-NN-NNNNNN";

    /** Validates the shape and the region segment, trims and upper-cases; throws {@link InvalidCodeException}. */
    public ProjectCode {
        value = validate(value);
    }

    public static ProjectCode of(String raw) {
        return new ProjectCode(raw);
    }

    /** A local provisional code, e.g. {@code provisional(330100, 2023, 123)} → {@code LS2023-330100-000123}. */
    public static ProjectCode provisional(RegionCode region, int year, long serial) {
        Objects.requireNonNull(region, "region");
        if (year < 1000 || year > 9999) {
            throw new InvalidCodeException(ReaderText.of("shared.error.project.provisionalYear", year));
        }
        if (serial < 1 || serial > 999_999) {
            throw new InvalidCodeException(ReaderText.of("shared.error.project.provisionalSerial", serial));
        }
        return new ProjectCode(String.format("%s%04d-%s-%06d", PROVISIONAL_PREFIX, year, region.value(), serial));
    }

    private static String validate(String raw) {
        if (CodeText.isBlank(raw)) {
            throw new InvalidCodeException(ReaderText.of("shared.error.project.blank"));
        }
        String code = CodeText.normalize(raw);
        String fullWidth = CodeText.fullWidthReason(code);
        if (fullWidth != null) {
            throw new InvalidCodeException(fullWidth);
        }
        if (code.startsWith(PROVISIONAL_PREFIX)) {
            return validateProvisional(code);
        }
        int[] chars = code.codePoints().toArray();
        if (chars.length != 24) {
            throw new InvalidCodeException(ReaderText.of("shared.error.project.length", SHAPE, chars.length));
        }
        for (int i = 0; i < chars.length; i++) {
            int c = chars[i];
            int position = i + 1;
            if (SHAPE.charAt(i) == '-') {
                if (c != '-') {
                    throw new InvalidCodeException(ReaderText.of("shared.error.project.hyphen", position, CodeText.quote(c)));
                }
            } else if (i == 23) {
                if (!CodeText.isDigit(c) && !(c >= 'A' && c <= 'Z')) {
                    throw new InvalidCodeException(ReaderText.of("shared.error.project.last", CodeText.quote(c)));
                }
            } else if (!CodeText.isDigit(c)) {
                throw new InvalidCodeException(ReaderText.of("shared.error.project.digit", position, CodeText.quote(c)));
            }
        }
        checkRegion(code.substring(5, 11), "shared.error.project.region");
        if (generationOf(code) == Generation.OLD && !CodeText.isDigit(code.charAt(23))) {
            throw new InvalidCodeException(ReaderText.of("shared.error.project.oldDigits", code.substring(0, 4),
                    CodeText.quote(code.charAt(23))));
        }
        if (generationOf(code) == Generation.NEW) {
            int month = Integer.parseInt(code.substring(2, 4));
            if (month < 1 || month > 12) {
                throw new InvalidCodeException(ReaderText.of("shared.error.project.newMonth", code.substring(2, 4)));
            }
        }
        return code;
    }

    private static String validateProvisional(String code) {
        Matcher m = PROVISIONAL.matcher(code);
        if (!m.matches()) {
            throw new InvalidCodeException(ReaderText.of("shared.error.project.provisional", code));
        }
        checkRegion(m.group(2), "shared.error.project.provisionalRegion");
        return code;
    }

    /** The region segment, or the reason {@code key} wrapping the region's own reason. */
    private static void checkRegion(String segment, String key) {
        try {
            RegionCode.of(segment);
        } catch (InvalidCodeException e) {
            throw new InvalidCodeException(ReaderText.of(key, e.reason()));
        }
    }

    /** GB/T 40058 codes began in November 2020: YYMM 2011 and 2012 are its first months, later ones 2101 on. */
    static final int FIRST_NEW_FORMAT_YYMM = 2011;
    static final int LAST_NEW_FORMAT_YYMM_OF_2020 = 2012;

    /**
     * By the first four digits alone. As YYMM, 2000–2010 would be 2020-01…2020-10 (before the new format began) and
     * 2013–2020 no month at all, so those are old-format years; 2011 and 2012 are the new format's 2020-11 and
     * 2020-12 (no old-format code was issued in 2011 or 2012: the national platform's codes began in the mid-2010s);
     * everything else is new (2101 = 2021-01 …).
     */
    private static Generation generationOf(String code) {
        if (code.startsWith(PROVISIONAL_PREFIX)) {
            return Generation.PROVISIONAL;
        }
        int firstFour = Integer.parseInt(code.substring(0, 4));
        boolean newFormat2020 = firstFour >= FIRST_NEW_FORMAT_YYMM && firstFour <= LAST_NEW_FORMAT_YYMM_OF_2020;
        return firstFour >= 2000 && firstFour <= 2020 && !newFormat2020 ? Generation.OLD : Generation.NEW;
    }

    public Generation generation() {
        return generationOf(value);
    }

    public boolean isProvisional() {
        return value.startsWith(PROVISIONAL_PREFIX);
    }

    /** The region segment: characters 6–11 of a national code, the second segment of a provisional one. */
    public RegionCode regionCode() {
        return RegionCode.of(isProvisional() ? value.substring(7, 13) : value.substring(5, 11));
    }

    @Override
    public String toString() {
        return value;
    }
}
