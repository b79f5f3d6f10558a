package org.fagai;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Support for the benchmarks ({@code ./mvnw test -Pbenchmark -Dtest=…Benchmark}): signing in, bulk loading with
 * PostgreSQL COPY, timing and the summary lines. Benchmarks print figures; they never fail on timing.
 */
public final class Bench {

    /** The first administrator's password of a benchmark's throw-away database. */
    public static final String ADMIN_PASSWORD = "Bench#Pass2026";

    private static final List<String> SUMMARY = new ArrayList<>();

    private Bench() {
    }

    /** Signs {@code admin} in for real (password check included) on this thread. */
    public static void signInAdmin(UserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        Authentication auth = provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin", ADMIN_PASSWORD));
        SecurityContextHolder.getContext().setAuthentication(auth);
    }

    /**
     * The schema owner's connection (the one Flyway migrates with): ANALYZE and setval need more than the
     * application's own role may do. Bulk loading with {@link Copy} needs only INSERT and runs as the application.
     */
    public static JdbcClient owner(FlywayConnectionDetails owner) {
        return JdbcClient.create(new DriverManagerDataSource(owner.getJdbcUrl(), owner.getUsername(), owner.getPassword()));
    }

    /** Streams text rows into a table with COPY … FROM STDIN (CSV), in chunks of about a megabyte. */
    public static final class Copy implements AutoCloseable {

        private final Connection connection;
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(1 << 21);
        private long rows;
        private boolean closed;

        public Copy(DataSource dataSource, String table, String columns) throws Exception {
            this.connection = dataSource.getConnection();
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)");
        }

        /** One row; null fields are written as SQL NULL, others as given (no quoting needed for the data used). */
        public void row(Object... fields) throws Exception {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    buffer.append(',');
                }
                if (fields[i] != null) {
                    buffer.append(fields[i]);
                }
            }
            buffer.append('\n');
            rows++;
            if (buffer.length() > (1 << 20)) {
                flush();
            }
        }

        private void flush() throws Exception {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        public long rows() {
            return rows;
        }

        @Override
        public void close() throws Exception {
            if (closed) {
                return;
            }
            closed = true;
            try {
                flush();
                copy.endCopy();
            } finally {
                connection.close();
            }
        }
    }

    /** Milliseconds of each of {@code runs} calls, after {@code warmUp} calls whose results are dropped. */
    public static double[] time(int warmUp, int runs, Supplier<?> call) {
        for (int i = 0; i < warmUp; i++) {
            call.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return ms;
    }

    /** Like {@link #time}, but stops early (after at least 3 runs) once {@code maxSeconds} have been spent. */
    public static double[] time(int warmUp, int runs, double maxSeconds, Supplier<?> call) {
        long deadline = System.nanoTime() + (long) (maxSeconds * 1e9);
        for (int i = 0; i < warmUp && System.nanoTime() < deadline; i++) {
            call.get();
        }
        double[] ms = new double[runs];
        int done = 0;
        while (done < runs && (done < 3 || System.nanoTime() < deadline)) {
            long start = System.nanoTime();
            call.get();
            ms[done++] = (System.nanoTime() - start) / 1e6;
        }
        return Arrays.copyOf(ms, done);
    }

    /**
     * Times two calls alternately (a, b, a, b …) so that both see the same machine load, after warming both up.
     * Returns {ms of a, ms of b}.
     */
    public static double[][] timePair(int warmUp, int runs, Supplier<?> a, Supplier<?> b) {
        for (int i = 0; i < warmUp; i++) {
            a.get();
            b.get();
        }
        double[] ta = new double[runs];
        double[] tb = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            a.get();
            ta[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            b.get();
            tb[i] = (System.nanoTime() - start) / 1e6;
        }
        return new double[][] {ta, tb};
    }

    public static double median(double[] values) {
        return percentile(values, 50);
    }

    /** Nearest-rank percentile. */
    public static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Prints a line now and keeps it for the summary block. */
    public static void report(String format, Object... args) {
        String line = "BENCHMARK " + String.format(Locale.ROOT, format, args);
        SUMMARY.add(line);
        System.out.println(line);
    }

    /** Prints a note now (not repeated in the summary). */
    public static void note(String format, Object... args) {
        System.out.println("  · " + String.format(Locale.ROOT, format, args));
    }

    public static void printSummary(String title) {
        System.out.println();
        System.out.println("==================== " + title + " (" + Runtime.getRuntime().availableProcessors()
                + " cores) ====================");
        SUMMARY.forEach(System.out::println);
        System.out.println("=".repeat(42 + title.length()));
        SUMMARY.clear();
    }
}
