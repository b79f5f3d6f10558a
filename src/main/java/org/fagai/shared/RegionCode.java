package org.fagai.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * 行政区划代码 (GB/T 2260): 6 digits PPCCDD — province, prefecture, county; below a county the 9-digit town code of the
 * statistics division codes (统计用区划代码, PPCCDDTTT: 乡镇街道). PP0000 is a province, PPCC00 a prefecture, any other
 * 6 digits a county, 9 digits a town (its first 6 its county). Shape only; existence is checked against the region table.
 */
public record RegionCode(String value) {

    /** Validates (6 digits, province part not 00) and trims; throws {@link InvalidCodeException}. */
    public RegionCode {
        value = validate(value);
    }

    public static RegionCode of(String raw) {
        return new RegionCode(raw);
    }

    private static String validate(String raw) {
        if (CodeText.isBlank(raw)) {
            throw new InvalidCodeException(ReaderText.of("shared.error.region.blank"));
        }
        String code = raw.trim();
        String fullWidth = CodeText.fullWidthReason(code);
        if (fullWidth != null) {
            throw new InvalidCodeException(fullWidth);
        }
        if ((code.length() != 6 && code.length() != 9) || !CodeText.isDigits(code)) {
            throw new InvalidCodeException(ReaderText.of("shared.error.region.shape", code));
        }
        if (code.startsWith("00")) {
            throw new InvalidCodeException(ReaderText.of("shared.error.region.province", code));
        }
        if (code.length() == 9 && (code.substring(4, 6).equals("00") || code.endsWith("000"))) {
            throw new InvalidCodeException(ReaderText.of("shared.error.region.town", code));
        }
        return code;
    }

    /** PP, e.g. "33". */
    public String provinceCode() {
        return value.substring(0, 2);
    }

    /** PPCC, e.g. "3301". */
    public String prefectureCode() {
        return value.substring(0, 4);
    }

    /** PPCCDD of a county or town, e.g. "339902"; a province or prefecture has none. */
    public String countyCode() {
        return value.substring(0, 6);
    }

    public RegionLevel level() {
        if (value.length() == 9) {
            return RegionLevel.TOWN;
        }
        if (value.endsWith("0000")) {
            return RegionLevel.PROVINCE;
        }
        if (value.endsWith("00")) {
            return RegionLevel.PREFECTURE;
        }
        return RegionLevel.COUNTY;
    }

    /**
     * Whether this is a province, prefecture or county (a GB/T 2260 division, 6 digits), not a town. Users, departments,
     * projects, applications, disclosures, indicator values, 督办 items and funds belong to a county or above; only
     * enterprises (and what is recorded of them) sit in a town.
     */
    public boolean isCountyOrAbove() {
        return level() != RegionLevel.TOWN;
    }

    /** The reason a town is refused where a county or above is required, naming the field's label: in the reader's language. */
    public String countyOrAboveRequired(String label) {
        return ReaderText.of("shared.error.region.countyOrAbove", label, value);
    }

    /** Town → its county, county → PPCC00, prefecture → PP0000, province → empty. */
    public Optional<RegionCode> parent() {
        return switch (level()) {
            case PROVINCE -> Optional.empty();
            case PREFECTURE -> Optional.of(new RegionCode(provinceCode() + "0000"));
            case COUNTY -> Optional.of(new RegionCode(prefectureCode() + "00"));
            case TOWN -> Optional.of(new RegionCode(countyCode()));
        };
    }

    /** The province this code belongs to (itself for a province). */
    public RegionCode province() {
        return level() == RegionLevel.PROVINCE ? this : new RegionCode(provinceCode() + "0000");
    }

    /**
     * What every code this region {@link #contains} starts with, for a SQL {@code LIKE prefix || '%'}: 339900 → 3399,
     * 330000 → 33, 339902 → 339902 (with its towns), 339902001 → 339902001.
     */
    public String scopePrefix() {
        return switch (level()) {
            case PROVINCE -> provinceCode();
            case PREFECTURE -> prefectureCode();
            case COUNTY, TOWN -> value;
        };
    }

    /**
     * A region filter as a user typed it, for {@code LIKE prefix || '%'}: a valid code covers what it {@link #contains}
     * ({@link #scopePrefix}); anything else (a partial code such as 3399) filters by what it is.
     */
    public static String filterPrefix(String typed) {
        String text = typed.strip();
        try {
            return of(text).scopePrefix();
        } catch (InvalidCodeException e) {
            return text;
        }
    }

    /** A province contains its prefectures, counties and towns, a prefecture its counties and towns, a county its towns; every code contains itself. */
    public boolean contains(RegionCode other) {
        Objects.requireNonNull(other, "other");
        if (equals(other)) {
            return true;
        }
        return switch (level()) {
            case PROVINCE -> other.provinceCode().equals(provinceCode());
            case PREFECTURE -> other.prefectureCode().equals(prefectureCode());
            case COUNTY -> other.level() == RegionLevel.TOWN && other.countyCode().equals(value);
            case TOWN -> false;
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
