package org.fagai.project.internal.imports;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.ExcelRow;
import org.fagai.shared.web.ImportError;

/** How the imports read a cell: months written 2023-06, 2023/6, 2023年6月 or as a date; amounts with thousands separators. */
final class ImportCells {

    // Compiled once: String.matches compiled them for each cell, 6% of a 50,000-project import's samples.
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final Pattern ONE_DIGIT_MONTH = Pattern.compile("\\d{4}-\\d");

    private ImportCells() {
    }

    static String monthText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim().replace('/', '-').replace('.', '-').replace("年", "-").replace("月", "");
        if (DAY.matcher(t).matches()) {
            t = t.substring(0, t.lastIndexOf('-'));
        }
        if (ONE_DIGIT_MONTH.matcher(t).matches()) {
            t = t.substring(0, 5) + "0" + t.substring(5);
        }
        return t;
    }

    static BigDecimal amount(ExcelRow row, String column, List<ImportError> errors) {
        String text = row.get(column).replace(",", "").replace("，", "");
        if (text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.add(new ImportError(row.number(), column, row.get(column), StoredText.of("project.error.import.number")));
            return null;
        }
    }

    /** An optional whole number (people, machines); a fraction or text is the row's error. */
    static Integer count(ExcelRow row, String column, List<ImportError> errors) {
        String text = row.get(column).replace(",", "").replace("，", "");
        if (text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(new ImportError(row.number(), column, row.get(column), StoredText.of("project.error.import.integer")));
            return null;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
