package org.fagai.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.fagai.shared.ChinaTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Streams a list to a single-sheet .xlsx: a bold header row, then one row per record. */
public final class ExcelExport {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ExcelExport() {
    }

    public static void write(OutputStream out, String sheetName, List<String> headers, Iterable<List<?>> rows) {
        try {
            Workbook workbook = new Workbook(out, "Fagai", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.style(0, c).bold().fillColor("DDEBF7").set();
                sheet.width(c, Math.max(12, headers.get(c).length() * 3));
            }
            int r = 1;
            for (List<?> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    setCell(sheet, r, c, row.get(c));
                }
                if (r % 1000 == 0) {
                    sheet.flush();
                }
                r++;
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Headers for a download named in Chinese (RFC 5987 encoding, so every browser shows it right). */
    public static HttpHeaders downloadHeaders(String fileName) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(XLSX);
        headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
        return headers;
    }

    private static void setCell(Worksheet sheet, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        // Cells are written as typed values, never formulas, so text such as "=cmd" cannot execute.
        if (value instanceof BigDecimal d) {
            sheet.value(r, c, d);
        } else if (value instanceof Number n) {
            sheet.value(r, c, n);
        } else if (value instanceof Boolean b) {
            sheet.value(r, c, b ? "是" : "否");
        } else if (value instanceof LocalDateTime t) {
            sheet.value(r, c, DATE_TIME.format(t));
        } else if (value instanceof OffsetDateTime t) {
            sheet.value(r, c, DATE_TIME.format(t.atZoneSameInstant(ChinaTime.ZONE)));
        } else {
            sheet.value(r, c, value.toString());
        }
    }
}
