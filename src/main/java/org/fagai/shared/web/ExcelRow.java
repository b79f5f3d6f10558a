package org.fagai.shared.web;

import java.util.Map;

/** One data row of an imported sheet: its Excel row number and its cells as text, keyed by header. */
public record ExcelRow(int number, Map<String, String> cells) {

    /** The trimmed text under this header, "" when empty. */
    public String get(String header) {
        String value = cells.get(ExcelImport.normalizeHeader(header));
        return value == null ? "" : value;
    }

    public boolean isBlank() {
        return cells.values().stream().allMatch(String::isBlank);
    }
}
