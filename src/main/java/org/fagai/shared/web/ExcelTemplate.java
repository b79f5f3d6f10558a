package org.fagai.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fagai.shared.ReaderText;

/**
 * Writes an import template: the data sheet with its header row (and optional rows, e.g. an export to
 * round-trip), an instructions sheet, and drop-down lists fed from a hidden options sheet. The data sheet's headers and
 * choices are what the import reads (Chinese); the instructions sheet is in the reader's language (its own words here, each
 * column's instruction as the caller wrote it), Chinese outside a request.
 */
public final class ExcelTemplate {

    public record Column(String header, String instruction, List<String> choices) {

        public Column(String header, String instruction) {
            this(header, instruction, List.of());
        }
    }

    private static final int VALIDATED_ROWS = 20_000;

    private ExcelTemplate() {
    }

    public static void write(OutputStream out, String sheetName, List<Column> columns, Iterable<List<?>> rows) {
        write(out, sheetName, null, columns, rows);
    }

    /**
     * An export that can be imported again: a title row above the header (the import skips it), numbers typed with
     * thousands separators, columns as wide as their content.
     */
    public static void write(OutputStream out, String sheetName, String title, List<Column> columns, Iterable<List<?>> rows) {
        try {
            Workbook workbook = new Workbook(out, "Fagai", "1.0");
            Worksheet data = workbook.newWorksheet(sheetName);
            Worksheet help = workbook.newWorksheet(ReaderText.of("shared.template.help"));
            Worksheet options = workbook.newWorksheet(ReaderText.of("shared.template.options"));
            help.value(0, 0, ReaderText.of("shared.template.column"));
            help.value(0, 1, ReaderText.of("shared.template.requirement"));
            help.style(0, 0).bold().set();
            help.style(0, 1).bold().set();
            help.width(0, 24);
            help.width(1, 90);
            int top = title == null ? 0 : 1;
            if (title != null) {
                data.value(0, 0, title);
                data.range(0, 0, 0, Math.max(0, columns.size() - 1)).merge();
                data.style(0, 0).bold().fontSize(14).horizontalAlignment("center").set();
                data.rowHeight(0, 28);
            }
            double[] widths = new double[columns.size()];
            int optionColumn = 0;
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                data.value(top, c, column.header());
                data.style(top, c).bold().fillColor("DDEBF7").set();
                widths[c] = Math.max(12, column.header().length() * 2.5);
                help.value(c + 1, 0, column.header());
                help.value(c + 1, 1, column.instruction());
                if (!column.choices().isEmpty()) {
                    for (int i = 0; i < column.choices().size(); i++) {
                        options.value(i, optionColumn, column.choices().get(i));
                    }
                    data.range(top + 1, c, VALIDATED_ROWS, c)
                            .validateWithList(options.range(0, optionColumn, column.choices().size() - 1, optionColumn))
                            .showErrorMessage(true).errorTitle(ReaderText.of("shared.template.invalidTitle"))
                            .error(ReaderText.of("shared.template.invalid"));
                    optionColumn++;
                }
            }
            int r = top + 1;
            for (List<?> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof Number n) {
                        data.value(r, c, n);
                        if (title != null) {
                            java.math.BigDecimal d = new java.math.BigDecimal(n.toString());
                            data.style(r, c).format(d.stripTrailingZeros().scale() <= 0 ? (n instanceof Integer ? "0" : "#,##0") : "#,##0.00").set();
                        }
                    } else if (value != null) {
                        data.value(r, c, value.toString());
                    }
                    if (title != null && value != null && c < widths.length && r <= 1000) {
                        widths[c] = Math.max(widths[c], Math.min(60, value.toString().codePoints()
                                .mapToDouble(ch -> ch > 0x2E80 ? 2.1 : 1.1).sum() + 3));
                    }
                }
                r++;
            }
            for (int c = 0; c < widths.length; c++) {
                data.width(c, widths[c]);
            }
            data.freezePane(0, top + 1);
            options.setVisibilityState(VisibilityState.HIDDEN);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
