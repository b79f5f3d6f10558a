package org.fagai.shared.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Restores a {@link LogicalBackup} into an EMPTY database: Flyway builds the schema of the backup's version (as the
 * owner, with the same migrations, grants and triggers as any start), then every table is loaded with COPY in one
 * transaction and the sequences are set. Nothing is disabled on the way — the audit log only receives INSERTs, which
 * its triggers allow — and the result is checked: every table's row count and the audit log's digest must match.
 */
final class LogicalRestore {

    private LogicalRestore() {
    }

    static BackupManifest restore(String jdbcUrl, String owner, String ownerPassword, String appRole, Path file)
            throws IOException, SQLException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
            if (entry == null) {
                throw new IOException("备份文件不完整（缺少 " + BackupManifest.ENTRY + "）：" + file);
            }
            BackupManifest manifest = BackupManifest.read(zip.getInputStream(entry));
            try (Connection db = DriverManager.getConnection(jdbcUrl, owner, ownerPassword)) {
                SchemaCatalog.normalise(db);
                int tables = SchemaCatalog.tableCount(db);
                if (tables > 0) {
                    throw new IllegalStateException("目标数据库不是空的（已有 " + tables + " 张表）：只能恢复到空库");
                }
                migrate(jdbcUrl, owner, ownerPassword, appRole, manifest.schemaVersion);
                load(db, zip, manifest);
                verify(db, manifest);
                try (Statement sql = db.createStatement()) {
                    sql.execute("ANALYZE");
                }
            }
            return manifest;
        }
    }

    /** The schema exactly as the backup's version left it: same migrations (SQL and Java), same afterMigrate grants. */
    private static void migrate(String jdbcUrl, String owner, String password, String appRole, String version) {
        Flyway flyway = Flyway.configure()
                .dataSource(jdbcUrl, owner, password)
                .locations("classpath:db/migration")
                .placeholders(Map.of("approle", appRole))
                .javaMigrations(javaMigrations())
                .target(MigrationVersion.fromVersion(version))
                .load();
        MigrationVersion newest = null;
        for (MigrationInfo info : flyway.info().all()) {
            if (info.getVersion() != null && (newest == null || info.getVersion().compareTo(newest) > 0)) {
                newest = info.getVersion();
            }
        }
        if (newest == null || MigrationVersion.fromVersion(version).compareTo(newest) > 0) {
            throw new IllegalStateException("备份的数据库版本 " + version + " 比本程序认识的最新版本 " + newest
                    + " 新：请用不低于备份时的平台版本恢复");
        }
        flyway.migrate();
    }

    /** Java migrations are Spring beans in the modules (no constructor arguments); Flyway must run them too. */
    private static JavaMigration[] javaMigrations() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(JavaMigration.class));
        List<JavaMigration> migrations = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.fagai")) {
            try {
                var constructor = Class.forName(candidate.getBeanClassName()).getDeclaredConstructor();
                constructor.setAccessible(true);
                migrations.add((JavaMigration) constructor.newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("无法创建 Java 迁移 " + candidate.getBeanClassName(), e);
            }
        }
        return migrations.toArray(JavaMigration[]::new);
    }

    /** One transaction: rows the migrations seeded make way for the backup's, then every table is copied in. */
    private static void load(Connection db, ZipFile zip, BackupManifest manifest) throws SQLException, IOException {
        db.setAutoCommit(false);
        List<String> present = SchemaCatalog.tablesInLoadOrder(db);
        List<String> inBackup = manifest.tables.stream().map(BackupManifest.Table::name).toList();
        if (!new java.util.HashSet<>(present).equals(new java.util.HashSet<>(inBackup))) {
            throw new IllegalStateException("迁移后的表与备份不一致：数据库 " + present + "，备份 " + inBackup);
        }
        List<String> seeded = present.stream().filter(t -> !t.equals(SchemaCatalog.AUDIT_LOG)).toList();
        try (Statement sql = db.createStatement()) {
            sql.execute("TRUNCATE " + String.join(", ", seeded.stream().map(SchemaCatalog::quote).toList()));
            var audit = sql.executeQuery("SELECT count(*) FROM " + SchemaCatalog.AUDIT_LOG);
            audit.next();
            if (audit.getLong(1) != 0) {
                throw new IllegalStateException("迁移后审计日志不为空，不能在其上恢复");
            }
        }
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        for (BackupManifest.Table table : manifest.tables) {
            List<String> columns = SchemaCatalog.columns(db, table.name());
            if (!columns.equals(table.columns())) {
                throw new IllegalStateException("表 " + table.name() + " 的列与备份不一致：" + columns + " / " + table.columns());
            }
            ZipEntry data = zip.getEntry(BackupManifest.entryOf(table.name()));
            if (data == null) {
                throw new IOException("备份文件缺少表 " + table.name() + " 的数据");
            }
            try (InputStream in = zip.getInputStream(data)) {
                long rows = copy.copyIn("COPY " + SchemaCatalog.quote(table.name()) + " (" + SchemaCatalog.columnList(columns)
                        + ") FROM STDIN", in);
                if (rows != table.rows()) {
                    throw new IllegalStateException("表 " + table.name() + " 恢复了 " + rows + " 行，备份中为 " + table.rows() + " 行");
                }
            }
        }
        for (Map.Entry<String, Long> sequence : manifest.sequences.entrySet()) {
            if (sequence.getValue() == null) {
                try (Statement sql = db.createStatement()) {
                    sql.execute("ALTER SEQUENCE " + SchemaCatalog.quote(sequence.getKey()) + " RESTART");
                }
            } else {
                try (PreparedStatement sql = db.prepareStatement("SELECT setval(?::regclass, ?, true)")) {
                    sql.setString(1, SchemaCatalog.quote(sequence.getKey()));
                    sql.setLong(2, sequence.getValue());
                    sql.execute();
                }
            }
        }
        db.commit();
        db.setAutoCommit(true);
    }

    /** Row counts of every table and the audit log's bytes, read back from the restored database. */
    static void verify(Connection db, BackupManifest manifest) throws SQLException, IOException {
        for (BackupManifest.Table table : manifest.tables) {
            try (Statement sql = db.createStatement();
                 var rows = sql.executeQuery("SELECT count(*) FROM " + SchemaCatalog.quote(table.name()))) {
                rows.next();
                if (rows.getLong(1) != table.rows()) {
                    throw new IllegalStateException("校验失败：表 " + table.name() + " 有 " + rows.getLong(1) + " 行，备份中为 " + table.rows());
                }
            }
        }
        if (!auditDigest(db).equals(manifest.auditDigest)) {
            throw new IllegalStateException("校验失败：恢复后的审计日志与备份不一致");
        }
    }

    static String auditDigest(Connection db) throws SQLException, IOException {
        MessageDigest digest = LogicalBackup.sha256();
        List<String> columns = SchemaCatalog.columns(db, SchemaCatalog.AUDIT_LOG);
        db.unwrap(PGConnection.class).getCopyAPI().copyOut(SchemaCatalog.auditCopy(columns),
                new DigestOutputStream(OutputStream.nullOutputStream(), digest));
        return HexFormat.of().formatHex(digest.digest());
    }
}
