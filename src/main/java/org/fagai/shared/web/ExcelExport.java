package org.fagai.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fagai.shared.ChinaTime;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Every list's Excel export, finished in one place: a title row, the header row frozen under it, columns as wide as
 * their content, numbers and dates as typed cells in the platform's formats (万元 with thousands separators and only the
 * decimals the value has, percentages with one decimal, 2099-12-31 as 长期), an optional totals row, and text that
 * begins with = + - @ kept as text (cells are typed values, never formulas). Files for another system's import (the
 * credit platform's national field codes) use {@link #writeData}: the header row first, no title.
 */
public final class ExcelExport {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** How a column's cells are written and formatted. */
    public enum Kind { TEXT, INTEGER, AMOUNT, PERCENT, DATE, DATE_TIME }

    /** A column: its header, its kind, and whether the totals row sums it. */
    public record Column(String header, Kind kind, boolean total) {

        public static Column text(String header) {
            return new Column(header, Kind.TEXT, false);
        }

        public static Column integer(String header) {
            return new Column(header, Kind.INTEGER, false);
        }

        public static Column amount(String header) {
            return new Column(header, Kind.AMOUNT, false);
        }

        public static Column percent(String header) {
            return new Column(header, Kind.PERCENT, false);
        }

        public static Column date(String header) {
            return new Column(header, Kind.DATE, false);
        }

        public static Column dateTime(String header) {
            return new Column(header, Kind.DATE_TIME, false);
        }

        /** This column summed in the totals row. */
        public Column summed() {
            return new Column(header, kind, true);
        }
    }

    private static final int WIDTH_SAMPLE_ROWS = 1000;
    private static final double MAX_WIDTH = 60;
    private static final String HEADER_FILL = "DDEBF7";
    private static final String WORDS = "i18n/shared";

    private ExcelExport() {
    }

    /** A titled report whose column kinds are read from the values (BigDecimal → amount, a header with % → percent …). */
    public static void write(OutputStream out, String title, List<String> headers, Iterable<List<?>> rows) {
        List<List<?>> buffered = new ArrayList<>();
        rows.forEach(buffered::add);
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            columns.add(new Column(headers.get(c), guess(headers.get(c), buffered, c), false));
        }
        report(out, title, columns, buffered);
    }

    /** A titled report with typed columns; a totals row when any column is {@link Column#summed()}. */
    public static void report(OutputStream out, String title, List<Column> columns, Iterable<List<?>> rows) {
        render(out, title, title, columns, rows, false);
    }

    /** A data-exchange file: the header row first (no title), typed cells, widths to content. */
    public static void writeData(OutputStream out, String sheetName, List<String> headers, Iterable<List<?>> rows) {
        List<List<?>> buffered = new ArrayList<>();
        rows.forEach(buffered::add);
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            columns.add(new Column(headers.get(c), guess(headers.get(c), buffered, c), false));
        }
        render(out, sheetName, null, columns, buffered, true);
    }

    /** Headers for a download named in Chinese (RFC 5987 encoding, so every browser shows it right). */
    public static HttpHeaders downloadHeaders(String fileName) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(XLSX);
        headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
        return headers;
    }

    private static void render(OutputStream out, String sheetName, String title, List<Column> columns, Iterable<List<?>> rows,
                               boolean exchange) {
        try {
            Workbook workbook = new Workbook(out, "Fagai", "1.0");
            Worksheet sheet = workbook.newWorksheet(safeSheetName(sheetName));
            double[] widths = new double[columns.size()];
            BigDecimal[] totals = new BigDecimal[columns.size()];
            int r = 0;
            if (title != null) {
                sheet.value(0, 0, title);
                sheet.range(0, 0, 0, Math.max(0, columns.size() - 1)).merge();
                sheet.style(0, 0).bold().fontSize(14).horizontalAlignment("center").verticalAlignment("center").set();
                sheet.rowHeight(0, 28);
                r = 1;
            }
            int headerRow = r;
            for (int c = 0; c < columns.size(); c++) {
                sheet.value(headerRow, c, columns.get(c).header());
                sheet.style(headerRow, c).bold().fillColor(HEADER_FILL).borderStyle(BorderStyle.THIN)
                        .horizontalAlignment("center").verticalAlignment("center").wrapText(true).set();
                widths[c] = width(columns.get(c).header());
            }
            r++;
            boolean widthsSet = false;
            for (List<?> row : rows) {
                for (int c = 0; c < row.size() && c < columns.size(); c++) {
                    Object value = row.get(c);
                    setCell(sheet, r, c, columns.get(c).kind(), value, exchange);
                    if (r - headerRow <= WIDTH_SAMPLE_ROWS) {
                        widths[c] = Math.max(widths[c], width(display(value)));
                    }
                    if (columns.get(c).total() && value instanceof Number n) {
                        BigDecimal v = n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
                        totals[c] = totals[c] == null ? v : totals[c].add(v);
                    }
                }
                if (r - headerRow == WIDTH_SAMPLE_ROWS) {
                    applyWidths(sheet, widths);
                    widthsSet = true;
                    sheet.flush();
                } else if (widthsSet && r % 1000 == 0) {
                    sheet.flush();
                }
                r++;
            }
            if (Arrays.stream(columns.toArray(Column[]::new)).anyMatch(Column::total)) {
                sheet.value(r, 0, word("shared.total"));
                sheet.style(r, 0).bold().set();
                for (int c = 0; c < columns.size(); c++) {
                    if (totals[c] != null) {
                        setCell(sheet, r, c, columns.get(c).kind(), totals[c], exchange);
                        sheet.style(r, c).bold().format(numberFormat(columns.get(c).kind(), totals[c])).set();
                    }
                }
            }
            if (!widthsSet) {
                applyWidths(sheet, widths);
            }
            sheet.freezePane(0, headerRow + 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void setCell(Worksheet sheet, int r, int c, Kind kind, Object value, boolean exchange) {
        if (value == null) {
            return;
        }
        // Cells are written as typed values, never formulas, so text such as "=cmd" cannot execute.
        if (value instanceof BigDecimal || value instanceof Number) {
            BigDecimal d = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
            sheet.value(r, c, d);
            sheet.style(r, c).format(numberFormat(kind, d)).set();
        } else if (value instanceof Boolean b) {
            sheet.value(r, c, word(b ? "shared.excel.yes" : "shared.excel.no"));
        } else if (value instanceof LocalDate d) {
            if (!exchange && Formats.LONG_TERM.equals(d)) {
                sheet.value(r, c, word("shared.fmt.longTerm"));
            } else {
                sheet.value(r, c, d);
                sheet.style(r, c).format("yyyy-mm-dd").horizontalAlignment("left").set();
            }
        } else if (value instanceof LocalDateTime t) {
            sheet.value(r, c, t);
            sheet.style(r, c).format("yyyy-mm-dd hh:mm").horizontalAlignment("left").set();
        } else if (value instanceof OffsetDateTime t) {
            sheet.value(r, c, t.atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime());
            sheet.style(r, c).format("yyyy-mm-dd hh:mm:ss").horizontalAlignment("left").set();
        } else {
            sheet.value(r, c, value.toString());
        }
    }

    /**
     * A word of the file (合计, 是/否, 长期) in the language of the request writing it; Chinese where no request's language is
     * set (rows streamed on another thread that did not carry it over), as every file read before.
     */
    private static String word(String key) {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null || context.getLocale() == null ? Locale.ROOT : context.getLocale();
        Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(WORDS, language, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }

    private static String numberFormat(Kind kind, BigDecimal value) {
        return switch (kind) {
            case PERCENT -> "0.0\"%\"";
            case INTEGER -> "#,##0";
            default -> value.stripTrailingZeros().scale() <= 0 ? "#,##0" : "#,##0.00";
        };
    }

    private static Kind guess(String header, List<List<?>> rows, int c) {
        for (List<?> row : rows) {
            Object v = c < row.size() ? row.get(c) : null;
            if (v == null) {
                continue;
            }
            if (v instanceof BigDecimal || v instanceof Double || v instanceof Float) {
                return header.contains("%") || header.contains("率") ? Kind.PERCENT : Kind.AMOUNT;
            }
            if (v instanceof Number) {
                return Kind.INTEGER;
            }
            if (v instanceof LocalDate) {
                return Kind.DATE;
            }
            if (v instanceof LocalDateTime || v instanceof OffsetDateTime) {
                return Kind.DATE_TIME;
            }
            return Kind.TEXT;
        }
        return Kind.TEXT;
    }

    private static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return Formats.number(d) + "  ";
        }
        if (value instanceof Number n) {
            return Formats.number(n) + "  ";
        }
        if (value instanceof LocalDateTime || value instanceof OffsetDateTime) {
            return "2024-01-01 00:00:00";
        }
        return value.toString();
    }

    /** Excel's width unit is about one Latin character; a Chinese character takes two. */
    private static double width(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) > 0x2E80 ? 2.1 : 1.1;
        }
        return Math.min(MAX_WIDTH, Math.max(8, w + 2));
    }

    private static void applyWidths(Worksheet sheet, double[] widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, widths[c]);
        }
    }

    private static String safeSheetName(String name) {
        String cleaned = name == null || name.isBlank() ? "Sheet1" : name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
