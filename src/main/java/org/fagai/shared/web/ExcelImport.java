package org.fagai.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads the first sheet of an uploaded .xlsx, finding columns by their header text (any order; full-width
 * brackets accepted), after checking the upload's size and content.
 */
public final class ExcelImport {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private ExcelImport() {
    }

    public static List<ExcelRow> read(MultipartFile file, List<String> requiredHeaders) {
        if (file == null || file.isEmpty()) {
            throw ImportRejected.of("请选择要导入的 Excel 文件（.xlsx）");
        }
        if (file.getSize() > MAX_BYTES) {
            throw ImportRejected.of("文件过大：不能超过 20MB");
        }
        try (InputStream in = file.getInputStream()) {
            return read(in, requiredHeaders);
        } catch (IOException e) {
            throw ImportRejected.of("无法读取上传的文件");
        }
    }

    public static List<ExcelRow> read(InputStream input, List<String> requiredHeaders) throws IOException {
        InputStream in = input.markSupported() ? input : new java.io.BufferedInputStream(input);
        in.mark(8);
        byte[] head = in.readNBytes(4);
        in.reset();
        if (head.length < 4 || !java.util.Arrays.equals(head, ZIP_MAGIC)) {
            throw ImportRejected.of("文件不是 Excel 2007 及以上格式（.xlsx），请使用下载的模板另存为 .xlsx 后导入");
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = workbook.getFirstSheet();
            List<Row> rows = sheet.read();
            if (rows.isEmpty()) {
                throw ImportRejected.of("工作表为空：第1行应为表头");
            }
            Map<Integer, String> columns = headerColumns(rows.get(0));
            List<ImportError> missing = new ArrayList<>();
            for (String header : requiredHeaders) {
                if (!columns.containsValue(normalizeHeader(header))) {
                    missing.add(new ImportError(1, header, null, "缺少列“" + header + "”"));
                }
            }
            if (!missing.isEmpty()) {
                throw new ImportRejected(missing);
            }
            List<ExcelRow> result = new ArrayList<>(rows.size());
            for (Row row : rows.subList(1, rows.size())) {
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
        } catch (Exception e) {
            throw ImportRejected.of("文件无法解析为 Excel 工作簿：" + e.getClass().getSimpleName());
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
