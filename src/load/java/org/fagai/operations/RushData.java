package org.fagai.operations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.fagai.shared.ChinaTime;
import org.postgresql.PGConnection;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The load test's own people and projects: the owners (project units) of 东湖区 (339902), each with a few projects
 * (the projects of its unit), last month reopened for every project.
 */
final class RushData {

    static final String PASSWORD = "Load#Rush2026";
    static final String DEMO_PASSWORD = "Fagai#2023";
    private static final String[] STAFF_ACCOUNTS = {"city", "leader", "district", "admin"};

    private RushData() {
    }

    static YearMonth month() {
        return YearMonth.now(ChinaTime.ZONE).minusMonths(1);
    }

    static String username(int i) {
        return String.format("load-owner-%03d", i);
    }

    static String code(int i) {
        return String.format("2025-339902-48-01-7%05d", i);
    }

    static String creditCode(int i) {
        return String.format("91339902LT%08d", i);
    }

    /** Owner {@code i}'s {@code j}-th project (both from 1). */
    static String code(int i, int j, int projectsPerOwner) {
        return code((i - 1) * projectsPerOwner + j);
    }

    /** Each owner with the codes of its projects ({@code codes}) and the first of them ({@code code}). */
    static List<Map<String, Object>> owners(int count, int projectsPerOwner) {
        List<Map<String, Object>> owners = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            List<String> codes = new ArrayList<>();
            for (int j = 1; j <= projectsPerOwner; j++) {
                codes.add(code(i, j, projectsPerOwner));
            }
            owners.add(Map.of("username", username(i), "codes", codes, "code", codes.get(0), "month", month().toString(),
                    "amount", 100 + i));
        }
        return owners;
    }

    static List<Map<String, Object>> staff(int count) {
        List<Map<String, Object>> staff = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            staff.add(Map.of("username", STAFF_ACCOUNTS[i % STAFF_ACCOUNTS.length], "page", i % 3));
        }
        return staff;
    }

    static void freshDirectory(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(directory);
    }

    /** One project per owner (the cost probe's seed). */
    static void seed(Platform platform, int count) throws Exception {
        seed(platform, count, 1);
    }

    /** Accounts (one BCrypt hash for all: the sign-in still checks it), projects, this year's plan, the month reopened. */
    static void seed(Platform platform, int count, int projectsPerOwner) throws Exception {
        String hash = new BCryptPasswordEncoder().encode(PASSWORD);
        YearMonth month = month();
        try (Connection owner = platform.owner()) {
            owner.setAutoCommit(false);
            var copy = owner.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder users = new StringBuilder();
            StringBuilder projects = new StringBuilder();
            for (int i = 1; i <= count; i++) {
                users.append(username(i)).append("\t压测单位").append(i).append('\t').append(hash)
                        .append("\tOWNER\t339902\t压测单位").append(i).append('\t').append(creditCode(i)).append('\n');
                for (int j = 1; j <= projectsPerOwner; j++) {
                    projects.append(code(i, j, projectsPerOwner)).append("\t压测项目").append(i).append('-').append(j)
                            .append("\t压测单位").append(i).append('\t').append(creditCode(i)).append("\t339902\t50000.00\tCONSTRUCTION\n");
                }
            }
            copy.copyIn("COPY app_user (username, display_name, password_hash, role, region_code, owner_unit, owner_credit_code) "
                    + "FROM STDIN", new StringReader(users.toString()));
            copy.copyIn("COPY project (code, name, owner_unit, owner_credit_code, region_code, total_investment, stage) FROM STDIN",
                    new StringReader(projects.toString()));
            try (PreparedStatement plans = owner.prepareStatement("""
                    INSERT INTO project_plan (project_id, year, level, nature, planned_investment)
                    SELECT id, ?, 'DISTRICT', 'CONTINUING', 12000 FROM project WHERE code LIKE '2025-339902-48-01-7%'
                    ON CONFLICT DO NOTHING""");
                 PreparedStatement reopen = owner.prepareStatement("""
                    INSERT INTO project_month_reopen (project_id, month, open_until, reopened_by)
                    SELECT id, ?, ?, 'load-test' FROM project WHERE code LIKE '2025-339902-48-01-7%'""")) {
                plans.setInt(1, month.getYear());
                plans.executeUpdate();
                reopen.setObject(1, month.atDay(1));
                reopen.setObject(2, LocalDate.now(ChinaTime.ZONE).plusDays(2));
                reopen.executeUpdate();
            }
            try (Statement sql = owner.createStatement()) {
                sql.execute("ANALYZE");
            }
            owner.commit();
        }
    }

    /** A small real JPEG, as a phone would send a site photo (smaller). */
    static byte[] sitePhoto() {
        try {
            var image = new java.awt.image.BufferedImage(320, 240, java.awt.image.BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the run stored, read back: every owner's month reported, each correction a new version. */
    static void printDatabaseFigures(Platform platform) throws Exception {
        try (Connection owner = platform.owner(); Statement sql = owner.createStatement();
             var rows = sql.executeQuery("""
                     SELECT count(DISTINCT project_id), count(*), count(*) FILTER (WHERE current)
                     FROM project_progress g JOIN project p ON p.id = g.project_id
                     WHERE p.code LIKE '2025-339902-48-01-7%' AND g.month = '""" + month().atDay(1) + "'")) {
            rows.next();
            System.out.printf("LOAD stored: %d projects reported %s, %d versions, %d current%n", rows.getLong(1), month(),
                    rows.getLong(2), rows.getLong(3));
        }
    }
}
