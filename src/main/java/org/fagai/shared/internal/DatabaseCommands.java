package org.fagai.shared.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * {@code java -jar fagai.jar backup [file]} and {@code java -jar fagai.jar restore <file>}: the platform's own backup,
 * with no PostgreSQL client tools needed. The database is the one the platform would use: {@code SPRING_DATASOURCE_URL}
 * with the owner role ({@code SPRING_FLYWAY_USER}/{@code _PASSWORD}), or else the embedded one under
 * {@code FAGAI_DATA_DIR} (./data) — the running platform's server, or, when it is stopped, started just for this.
 */
public final class DatabaseCommands {

    private DatabaseCommands() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command and returns the process's exit code (0 done, 1 failed, 2 wrong use). */
    public static int run(String[] args) {
        try {
            if (args[0].equals("backup")) {
                Path file = Path.of(args.length > 1 ? args[1]
                        : "backups/fagai-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip");
                backup(file.toAbsolutePath());
                return 0;
            }
            if (args.length < 2) {
                System.err.println("用法：java -jar fagai.jar restore <备份文件>（恢复到空库）");
                return 2;
            }
            restore(Path.of(args[1]).toAbsolutePath());
            return 0;
        } catch (Exception e) {
            System.err.println((args[0].equals("backup") ? "备份失败：" : "恢复失败：") + e.getMessage());
            return 1;
        }
    }

    static void backup(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        long start = System.nanoTime();
        try (Target target = Target.forBackup();
             Connection db = DriverManager.getConnection(target.jdbcUrl, target.owner, target.ownerPassword)) {
            BackupManifest manifest = LogicalBackup.write(db, file);
            System.out.printf("备份完成：%s（数据库版本 %s，%d 张表，%,d 行，%s，%.1f 秒）%n", file, manifest.schemaVersion,
                    manifest.tables.size(), manifest.totalRows(), size(file), (System.nanoTime() - start) / 1e9);
        }
    }

    static void restore(Path file) throws Exception {
        if (!Files.isReadable(file)) {
            throw new IOException("读不到备份文件 " + file);
        }
        long start = System.nanoTime();
        try (Target target = Target.forRestore()) {
            BackupManifest manifest = LogicalRestore.restore(target.jdbcUrl, target.owner, target.ownerPassword,
                    target.appRole, file);
            System.out.printf("恢复完成：%s → %s（数据库版本 %s，%d 张表，%,d 行，各表行数与审计日志校验一致，%.1f 秒）%n", file,
                    target.describe, manifest.schemaVersion, manifest.tables.size(), manifest.totalRows(),
                    (System.nanoTime() - start) / 1e9);
        }
    }

    private static String size(Path file) throws IOException {
        return String.format("%.1f MB", Files.size(file) / 1024.0 / 1024.0);
    }

    /** Where the command connects, and the embedded server it started (stopped on close), if any. */
    static final class Target implements Closeable {

        final String jdbcUrl;
        final String owner;
        final String ownerPassword;
        final String appRole;
        final String describe;
        private final EmbeddedDatabase started;

        private Target(String jdbcUrl, String owner, String ownerPassword, String appRole, String describe,
                       EmbeddedDatabase started) {
            this.jdbcUrl = jdbcUrl;
            this.owner = owner;
            this.ownerPassword = ownerPassword;
            this.appRole = appRole;
            this.describe = describe;
            this.started = started;
        }

        static Target forBackup() throws IOException {
            Optional<Target> external = external();
            if (external.isPresent()) {
                return external.get();
            }
            Path directory = embeddedDirectory();
            if (!Files.exists(directory.resolve("postgresql.conf"))) {
                throw new IOException("数据目录 " + directory + " 中没有数据库（设置 FAGAI_DATA_DIR 或 SPRING_DATASOURCE_URL）");
            }
            DatabasePasswords passwords = DatabasePasswords.load(directory.resolve(DatabasePasswords.FILE_NAME))
                    .orElseThrow(() -> new IOException("读不到 " + directory.resolve(DatabasePasswords.FILE_NAME)));
            Optional<Integer> running = StalePostmaster.runningPort(directory);
            if (running.isPresent()) {
                return new Target("jdbc:postgresql://127.0.0.1:" + running.get() + "/" + DatabaseRoles.DATABASE,
                        DatabaseRoles.OWNER, passwords.owner(), DatabaseRoles.APP, "内置数据库 " + directory, null);
            }
            return started(directory, "内置数据库 " + directory + "（平台未运行，为备份临时启动）");
        }

        static Target forRestore() throws IOException {
            Optional<Target> external = external();
            if (external.isPresent()) {
                return external.get();
            }
            Path directory = embeddedDirectory();
            if (Files.exists(directory.resolve("postgresql.conf"))) {
                throw new IOException("数据目录 " + directory + " 中已有数据库：只能恢复到空库，请用新的 FAGAI_DATA_DIR");
            }
            return started(directory, "内置数据库 " + directory);
        }

        private static Target started(Path directory, String describe) throws IOException {
            Files.createDirectories(directory);
            StalePostmaster.stopIfRunning(directory);
            EmbeddedDatabase database = EmbeddedDatabase.start(directory, false);
            return new Target(database.jdbcUrl(), DatabaseRoles.OWNER, database.ownerPassword(), DatabaseRoles.APP,
                    describe, database);
        }

        private static Optional<Target> external() {
            String url = setting("spring.datasource.url", "SPRING_DATASOURCE_URL");
            if (url == null) {
                return Optional.empty();
            }
            String app = Optional.ofNullable(setting("spring.datasource.username", "SPRING_DATASOURCE_USERNAME")).orElse(DatabaseRoles.APP);
            String owner = Optional.ofNullable(setting("spring.flyway.user", "SPRING_FLYWAY_USER")).orElse(app);
            String password = Optional.ofNullable(setting("spring.flyway.password", "SPRING_FLYWAY_PASSWORD"))
                    .orElse(setting("spring.datasource.password", "SPRING_DATASOURCE_PASSWORD"));
            return Optional.of(new Target(url, owner, password, app, url, null));
        }

        private static Path embeddedDirectory() {
            return Path.of(Optional.ofNullable(setting("fagai.data-dir", "FAGAI_DATA_DIR")).orElse("./data"), "postgres")
                    .toAbsolutePath().normalize();
        }

        private static String setting(String property, String variable) {
            String value = System.getProperty(property);
            if (value == null || value.isBlank()) {
                value = System.getenv(variable);
            }
            return value == null || value.isBlank() ? null : value;
        }

        @Override
        public void close() throws IOException {
            if (started != null) {
                started.close();
            }
        }
    }
}
