package org.fagai.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * 行政区划代码 (GB/T 2260): 6 digits PPCCDD — province, prefecture, county.
 * PP0000 is a province, PPCC00 a prefecture, anything else a county.
 * Shape only; whether the code exists is checked against the region table.
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
            throw new InvalidCodeException("行政区划代码不能为空");
        }
        String code = raw.trim();
        String fullWidth = CodeText.fullWidthReason(code);
        if (fullWidth != null) {
            throw new InvalidCodeException(fullWidth);
        }
        if (code.length() != 6 || !CodeText.isDigits(code)) {
            throw new InvalidCodeException("行政区划代码应为6位数字，实际为'" + code + "'");
        }
        if (code.startsWith("00")) {
            throw new InvalidCodeException("行政区划代码'" + code + "'不合法：前2位省级代码不能为00");
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

    public RegionLevel level() {
        if (value.endsWith("0000")) {
            return RegionLevel.PROVINCE;
        }
        if (value.endsWith("00")) {
            return RegionLevel.PREFECTURE;
        }
        return RegionLevel.COUNTY;
    }

    /** County → PPCC00, prefecture → PP0000, province → empty. */
    public Optional<RegionCode> parent() {
        return switch (level()) {
            case PROVINCE -> Optional.empty();
            case PREFECTURE -> Optional.of(new RegionCode(provinceCode() + "0000"));
            case COUNTY -> Optional.of(new RegionCode(prefectureCode() + "00"));
        };
    }

    /** The province this code belongs to (itself for a province). */
    public RegionCode province() {
        return level() == RegionLevel.PROVINCE ? this : new RegionCode(provinceCode() + "0000");
    }

    /**
     * What every code this region {@link #contains} starts with, for a SQL {@code LIKE prefix || '%'}: 339900 → 3399,
     * 330000 → 33, 339902 → 339902.
     */
    public String scopePrefix() {
        return switch (level()) {
            case PROVINCE -> provinceCode();
            case PREFECTURE -> prefectureCode();
            case COUNTY -> value;
        };
    }

    /** A province contains its prefectures and counties, a prefecture its counties; every code contains itself. */
    public boolean contains(RegionCode other) {
        Objects.requireNonNull(other, "other");
        if (equals(other)) {
            return true;
        }
        return switch (level()) {
            case PROVINCE -> other.provinceCode().equals(provinceCode());
            case PREFECTURE -> other.prefectureCode().equals(prefectureCode());
            case COUNTY -> false;
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
