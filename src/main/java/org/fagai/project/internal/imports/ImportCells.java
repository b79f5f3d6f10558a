package org.fagai.project.internal.imports;

import java.math.BigDecimal;
import java.util.List;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.ExcelRow;
import org.fagai.shared.web.ImportError;

/** How the imports read a cell: months written 2023-06, 2023/6, 2023年6月 or as a date; amounts with thousands separators. */
final class ImportCells {

    private ImportCells() {
    }

    static String monthText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim().replace('/', '-').replace('.', '-').replace("年", "-").replace("月", "");
        if (t.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
            t = t.substring(0, t.lastIndexOf('-'));
        }
        if (t.matches("\\d{4}-\\d")) {
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
