package org.fagai.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.web.ExcelTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.postgresql.PGConnection;

/**
 * Crashes lose nothing: the packaged platform ({@code java -jar}) on one data directory, 50,000 projects whose last
 * month was already reported, and a 50,000-row progress import of the next month cut off in the middle — by a
 * {@code kill -9} of the JVM, then of PostgreSQL, then of both (a machine crash, leaving a stale
 * {@code postmaster.pid}, once even naming a live foreign process). After each crash the platform starts cleanly on the
 * same directory, the import left all of its rows or none (and the audit log says which), every earlier row and every
 * earlier audit entry is intact. Runs in {@code verify} after the jar is packaged (surefire, phase integration-test).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {

    static final int PROJECTS = 50_000;

    Path work;

    Platform platform;
    YearMonth month;
    byte[] importFile;
    String earlierRows;
    String earlierAudit;
    long lastAuditId;

    @BeforeAll
    void startAndLoad() throws Exception {
        assumeTrue(System.getProperty("fagai.jar") != null, "runs on the packaged jar, in the integration-test phase");
        work = Files.createTempDirectory("fagai-crash-test");
        platform = new Platform(work.resolve("data"), "--fagai.approval.clock-job-cron=-").start();
        month = YearMonth.now(ChinaTime.ZONE).minusMonths(1);
        try (Connection owner = platform.owner()) {
            seed(owner);
            earlierRows = digest(owner, "SELECT project_id, month, completed_investment, version, current FROM project_progress "
                    + "WHERE month < '" + month.atDay(1) + "' ORDER BY project_id, month, version");
        }
        importFile = progressFile();
        assertThat(platform.get("/api/v1/projects/progress/import").statusCode()).isEqualTo(200);
        try (Connection owner = platform.owner()) {
            earlierAudit = digest(owner, "SELECT * FROM audit_log ORDER BY id");
            lastAuditId = single(owner, "SELECT max(id) FROM audit_log");
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
        if (work != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(work);
        }
    }

    @Test
    @Order(1)
    void thePersistentDatabaseSyncsEveryCommitToDisk() throws Exception {
        try (Connection db = platform.owner(); Statement sql = db.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                var rows = sql.executeQuery("SHOW " + setting);
                rows.next();
                assertThat(rows.getString(1)).as(setting).isEqualTo("on");
            }
        }
    }

    @Test
    @Order(2)
    void aKilledJvmLeavesTheImportWholeOrAbsentAndTheNextStartIsClean() throws Exception {
        CompletableFuture<HttpResponse<String>> upload = startImportAndAwaitItsWrites();
        platform.killJvm();
        upload.handle((r, e) -> null).get(60, TimeUnit.SECONDS);
        platform.start();
        assertIntactAfterCrash();
    }

    @Test
    @Order(3)
    void aKilledPostgresLeavesTheImportWholeOrAbsentAndTheNextStartIsClean() throws Exception {
        CompletableFuture<HttpResponse<String>> upload = startImportAndAwaitItsWrites();
        platform.killPostgres();
        HttpResponse<String> answer = upload.handle((r, e) -> r).get(120, TimeUnit.SECONDS);
        assertThat(answer == null || answer.statusCode() >= 500).as("the import cannot succeed without its database").isTrue();
        platform.stop();
        platform.start();
        assertIntactAfterCrash();
    }

    @Test
    @Order(4)
    void aMachineCrashLeavesAStalePostmasterPidThatDoesNotBlockTheNextStart() throws Exception {
        platform.killJvm();
        platform.killPostgres();
        assertThat(platform.postgresDir().resolve("postmaster.pid")).exists();
        platform.start();
        assertIntactAfterCrash();
    }

    @Test
    @Order(5)
    void aStalePostmasterPidNamingAnotherLiveProcessDoesNotBlockTheNextStart() throws Exception {
        platform.killJvm();
        platform.killPostgres();
        Path pidFile = platform.postgresDir().resolve("postmaster.pid");
        List<String> lines = new ArrayList<>(Files.readAllLines(pidFile));
        lines.set(0, Long.toString(ProcessHandle.current().pid()));   // after a reboot the PID belongs to someone else
        Files.write(pidFile, lines);
        platform.start();
        assertIntactAfterCrash();
    }

    @Test
    @Order(6)
    void afterAllTheCrashesTheSameImportStillGoesThroughWhole() throws Exception {
        HttpResponse<String> answer = platform.upload("/api/v1/projects/progress/import", "progress.xlsx", importFile)
                .get(3, TimeUnit.MINUTES);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"imported\":" + PROJECTS);
        try (Connection owner = platform.owner()) {
            assertThat(single(owner, "SELECT count(*) FROM project_progress WHERE month = '" + month.atDay(1) + "'")).isEqualTo(PROJECTS);
            assertThat(single(owner, "SELECT count(*) FROM audit_log WHERE action = 'IMPORT' AND target_type = 'progress'")).isEqualTo(1);
        }
    }

    @Test
    @Order(7)
    void theJarBacksUpTheRunningPlatformAndRestoresIntoAnEmptyDataDirectory() throws Exception {
        Path backup = work.resolve("backups/fagai.zip");
        // typed in the platform's directory with the relative ./data, while the platform runs on the absolute path
        Platform.CommandResult backedUp = Platform.commandIn(work, "./data", "backup", "backups/fagai.zip");
        assertThat(backedUp.exitCode()).as(backedUp.output()).isZero();
        assertThat(backedUp.output()).contains("备份完成");
        String tables;
        String audit;
        try (Connection owner = platform.owner()) {
            tables = counts(owner);
            audit = digest(owner, "SELECT * FROM audit_log ORDER BY id");
        }
        platform.stop();

        Path restoredDir = work.resolve("restored");
        Platform.CommandResult restored = Platform.command(restoredDir, "restore", backup.toString());
        assertThat(restored.exitCode()).as(restored.output()).isZero();
        assertThat(restored.output()).contains("恢复完成", "校验一致");
        Platform.CommandResult again = Platform.command(restoredDir, "restore", backup.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.output()).contains("只能恢复到空库");

        try (Platform fromBackup = new Platform(restoredDir, "--fagai.approval.clock-job-cron=-").start();
             Connection owner = fromBackup.owner()) {
            assertThat(counts(owner)).isEqualTo(tables);
            assertThat(digest(owner, "SELECT * FROM audit_log ORDER BY id")).isEqualTo(audit);
            assertThat(fromBackup.get("/api/v1/projects/progress/import").statusCode()).isEqualTo(200);
        }
    }

    /** After a restart: the import is all or nothing (and audited so), earlier rows and audit entries are untouched. */
    private void assertIntactAfterCrash() throws Exception {
        assertThat(platform.get("/api/v1/projects/progress/import").statusCode()).as("signed-in request").isEqualTo(200);
        try (Connection owner = platform.owner()) {
            long imported = single(owner, "SELECT count(*) FROM project_progress WHERE month = '" + month.atDay(1) + "'");
            long recorded = single(owner, "SELECT count(*) FROM audit_log WHERE action = 'IMPORT' AND target_type = 'progress'");
            assertThat(imported).as("rows of the interrupted import").isIn(0L, (long) PROJECTS);
            assertThat(recorded).as("its audit entry").isEqualTo(imported == 0 ? 0 : 1);
            if (imported > 0) {
                // the import committed before the crash: clear the way for the next scenario as its owner would not
                throw new IllegalStateException("the import finished before the crash; the scenario did not cut it off");
            }
            assertThat(digest(owner, "SELECT project_id, month, completed_investment, version, current FROM project_progress "
                    + "WHERE month < '" + month.atDay(1) + "' ORDER BY project_id, month, version")).isEqualTo(earlierRows);
            assertThat(digest(owner, "SELECT * FROM audit_log WHERE id <= " + lastAuditId + " ORDER BY id")).isEqualTo(earlierAudit);
        }
    }

    /** Posts the file and returns once the import's transaction holds its write lock on the progress table. */
    private CompletableFuture<HttpResponse<String>> startImportAndAwaitItsWrites() throws Exception {
        CompletableFuture<HttpResponse<String>> upload = platform.upload("/api/v1/projects/progress/import", "progress.xlsx", importFile);
        try (Connection watcher = platform.superuser(); Statement sql = watcher.createStatement()) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (System.nanoTime() < deadline) {
                var rows = sql.executeQuery("""
                        SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                        WHERE l.relation = 'project_progress'::regclass AND l.mode = 'RowExclusiveLock' AND l.granted
                          AND a.usename = 'fagai_app'""");
                rows.next();
                if (rows.getLong(1) > 0) {
                    Thread.sleep(150);   // well inside: its rows are written, the warnings are being recomputed
                    return upload;
                }
                if (upload.isDone()) {
                    throw new IllegalStateException("the import ended before it was seen writing: " + upload.get().body());
                }
                Thread.sleep(10);
            }
        }
        throw new IllegalStateException("the import never started writing");
    }

    /** 50,000 projects on this year's city list, reopened for last month, each with the month before reported. */
    private void seed(Connection owner) throws Exception {
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        YearMonth earlier = month.minusMonths(1);
        owner.setAutoCommit(false);
        var copy = owner.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder projects = new StringBuilder();
        for (int i = 1; i <= PROJECTS; i++) {
            projects.append(code(i)).append("\t压测项目").append(i).append("\t压测单位\t110101\t50000.00\tCONSTRUCTION\n");
        }
        copy.copyIn("COPY project (code, name, owner_unit, region_code, total_investment, stage) FROM STDIN",
                new StringReader(projects.toString()));
        try (Statement sql = owner.createStatement()) {
            for (int year : new int[] {earlier.getYear(), month.getYear()}) {
                sql.execute("INSERT INTO project_plan (project_id, year, level, nature, planned_investment) "
                        + "SELECT id, " + year + ", 'CITY', 'CONTINUING', 12000 FROM project ON CONFLICT DO NOTHING");
            }
            sql.execute("INSERT INTO project_progress (project_id, month, version, current, completed_investment, reported_by) "
                    + "SELECT id, '" + earlier.atDay(1) + "', 1, TRUE, 800 + id % 100, 'seed' FROM project");
            sql.execute("INSERT INTO project_month_reopen (project_id, month, open_until, reopened_by) "
                    + "SELECT id, '" + month.atDay(1) + "', '" + today.plusDays(2) + "', 'seed' FROM project");
            sql.execute("ANALYZE");
        }
        owner.commit();
        owner.setAutoCommit(true);
    }

    private byte[] progressFile() {
        List<List<?>> rows = new ArrayList<>(PROJECTS);
        for (int i = 1; i <= PROJECTS; i++) {
            rows.add(Arrays.asList(code(i), month.toString(), 1000 + i % 500, "主体施工", ""));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelTemplate.write(out, "月度进度", List.of(new ExcelTemplate.Column("项目代码", ""), new ExcelTemplate.Column("报告月份", ""),
                new ExcelTemplate.Column("本月完成投资（万元）", ""), new ExcelTemplate.Column("形象进度", ""),
                new ExcelTemplate.Column("存在问题", "")), rows);
        return out.toByteArray();
    }

    private static String code(int i) {
        return String.format("2025-110101-48-01-%06d", i);
    }

    private static String counts(Connection db) throws SQLException {
        StringBuilder counts = new StringBuilder();
        for (String table : new String[] {"project", "project_plan", "project_progress", "project_warning", "app_user", "audit_log",
                "region", "calendar_day"}) {
            counts.append(table).append('=').append(single(db, "SELECT count(*) FROM " + table)).append(' ');
        }
        return counts.toString();
    }

    static long single(Connection db, String query) throws SQLException {
        try (Statement sql = db.createStatement(); var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String digest(Connection db, String query) throws SQLException {
        try (Statement sql = db.createStatement();
             var rows = sql.executeQuery("SELECT md5(string_agg(t::text, '|')) FROM (" + query + ") t")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
