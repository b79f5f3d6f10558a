package org.fagai.project.internal.warnings;

import java.io.StringReader;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes warning rows with COPY on the transaction's own connection: the cheapest way PostgreSQL takes many rows (a
 * refresh of a year writes one per project and month), in text format, chunked so no buffer grows without bound.
 */
final class WarningCopy {

    private static final String COPY = "COPY project_warning (project_id, month, colour, reasons, year_to_date, stage, region_code)"
            + " FROM STDIN";
    private static final int CHUNK_CHARS = 4 << 20;

    private WarningCopy() {
    }

    /** Each row: project id, month (LocalDate), colour, reasons, year to date, stage, region code. */
    static void write(JdbcTemplate jdbc, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.execute((Connection con) -> {
            var copy = con.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder text = new StringBuilder(Math.min(CHUNK_CHARS + 4096, rows.size() * 96));
            try {
                for (Object[] r : rows) {
                    text.append(r[0]).append('\t').append((LocalDate) r[1]).append('\t');
                    field(text, r[2]).append('\t');
                    field(text, r[3]).append('\t');
                    field(text, r[4]).append('\t');
                    field(text, r[5]).append('\t');
                    field(text, r[6]).append('\n');
                    if (text.length() > CHUNK_CHARS) {
                        copy.copyIn(COPY, new StringReader(text.toString()));
                        text.setLength(0);
                    }
                }
                if (!text.isEmpty()) {
                    copy.copyIn(COPY, new StringReader(text.toString()));
                }
            } catch (java.io.IOException e) {
                throw new java.sql.SQLException("COPY project_warning failed", e);
            }
            return null;
        });
    }

    /** A value in COPY's text format: \N for null; backslash, tab, newline and carriage return escaped. */
    private static StringBuilder field(StringBuilder text, Object value) {
        if (value == null) {
            return text.append("\\N");
        }
        String s = value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return text;
    }
}
