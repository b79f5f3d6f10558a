package org.fagai.shared.web;

import org.fagai.shared.ReaderText;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Streams the first sheet of an .xlsx that already passed {@link OfficeArchive}, row by row, refusing it as soon as it
 * has more rows or cells than allowed or one cell longer than allowed; columns are found by their header text.
 */
final class SheetReader {

    private SheetReader() {
    }

    static List<ExcelRow> read(Path file, List<String> requiredHeaders, UploadLimits limits) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
             Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> rows = stream.iterator();
            if (!rows.hasNext()) {
                throw ImportRejected.of(ReaderText.of("shared.error.emptySheet"));
            }
            Counter counter = new Counter(limits);
            Row first = counter.count(rows.next());
            Map<Integer, String> columns = headerColumns(first);
            int headerRow = 1;
            if (columns.size() == 1 && requiredHeaders.size() > 1 && rows.hasNext()) {
                // A title row above the header (the platform's own exports have one): the header is the next row.
                columns = headerColumns(counter.count(rows.next()));
                headerRow = 2;
            }
            List<ImportError> missing = new ArrayList<>();
            for (String header : requiredHeaders) {
                if (!columns.containsValue(normalizeHeader(header))) {
                    missing.add(new ImportError(headerRow, header, null, ReaderText.of("shared.error.missingColumn", header)));
                }
            }
            if (!missing.isEmpty()) {
                throw new ImportRejected(missing);
            }
            List<ExcelRow> result = new ArrayList<>();
            while (rows.hasNext()) {
                Row row = counter.count(rows.next());
                Map<String, String> cells = new HashMap<>();
                columns.forEach((index, header) -> cells.put(header, text(row, index)));
                ExcelRow excelRow = new ExcelRow(row.getRowNum(), cells);
                if (!excelRow.isBlank()) {
                    result.add(excelRow);
                }
            }
            return result;
        } catch (ImportRejected e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ImportRejected.of(ReaderText.of("shared.error.notParsable", e.getClass().getSimpleName()));
        }
    }

    /** Counts rows and cells as they stream by and measures each cell, so a refusal comes before the rest is read. */
    private static final class Counter {
        private final UploadLimits limits;
        private int rows;
        private long cells;

        Counter(UploadLimits limits) {
            this.limits = limits;
        }

        Row count(Row row) {
            if (++rows > limits.maxRows()) {
                throw UploadRefused.tooLarge(ReaderText.of("shared.error.tooManyRows", limits.maxRows()));
            }
            cells += row.getCellCount();
            if (cells > limits.maxCells()) {
                throw UploadRefused.tooLarge(ReaderText.of("shared.error.tooManyCells", limits.maxCells()));
            }
            for (Cell cell : row) {
                if (cell != null && cell.getText().length() > limits.maxCellLength()) {
                    throw UploadRefused.invalid(ReaderText.of("shared.error.cellTooLong", cell.getAddress(), limits.maxCellLength()));
                }
            }
            return row;
        }
    }

    static String normalizeHeader(String header) {
        return header.strip().replace('（', '(').replace('）', ')').replace(" ", "").replace("\u3000", "");
    }

    private static Map<Integer, String> headerColumns(Row header) {
        Map<Integer, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.getCellCount(); i++) {
            String text = text(header, i);
            if (!text.isBlank()) {
                columns.put(i, normalizeHeader(text));
            }
        }
        return columns;
    }

    private static String text(Row row, int index) {
        if (!row.hasCell(index)) {
            return "";
        }
        Cell cell = row.getCell(index);
        if (cell == null) {
            return "";
        }
        switch (cell.getType()) {
            case NUMBER:
                String format = cell.getDataFormatString();
                if (format != null && format.matches(".*[yd].*") && !format.contains("General")) {
                    return cell.asDate().toLocalDate().toString();
                }
                BigDecimal number = cell.asNumber();
                return number.stripTrailingZeros().toPlainString();
            case BOOLEAN:
                return Boolean.TRUE.equals(cell.asBoolean()) ? "是" : "否";
            case EMPTY:
                return "";
            default:
                String raw = cell.getText();
                return raw == null ? "" : raw.strip();
        }
    }
}
