package org.fagai.credit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV for the credit platform and for Excel: UTF-8 with a byte-order mark (so Excel detects the encoding), CRLF
 * line ends, RFC 4180 quoting, and cells that a spreadsheet would run as a formula (= + - @, tab, CR) prefixed with
 * an apostrophe (CSV injection).
 */
final class Csv {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {
    }

    static void write(OutputStream out, List<String> headers, Iterable<List<?>> rows) {
        try {
            out.write(BOM);
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            line(writer, headers);
            for (List<?> row : rows) {
                line(writer, row);
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Writer writer, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(cell(cells.get(i)));
        }
        writer.write("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
