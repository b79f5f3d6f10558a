package org.fagai.shared.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A consistent logical backup through the PostgreSQL driver alone (no pg_dump, so no client of the server's major
 * version is needed): one REPEATABLE READ, READ ONLY transaction, so every table is read from the same snapshot while
 * the platform keeps running; each table streamed with COPY into a zip entry; the schema is not copied but named by its
 * Flyway version, from which {@link LogicalRestore} rebuilds it.
 */
final class LogicalBackup {

    private LogicalBackup() {
    }

    /** Writes the backup to {@code file} (owner-only, replaced in one step once complete). */
    static BackupManifest write(Connection db, Path file) throws SQLException, IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(DatabasePasswords.OWNER_ONLY));
        }
        SchemaCatalog.normalise(db);
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        db.setReadOnly(true);
        BackupManifest manifest;
        try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            manifest = copyAll(db, zip);
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            manifest.write(zip);
            zip.closeEntry();
        } finally {
            db.rollback();
            db.setReadOnly(false);
            db.setAutoCommit(autoCommit);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return manifest;
    }

    private static BackupManifest copyAll(Connection db, ZipOutputStream zip) throws SQLException, IOException {
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        // The first statement fixes the snapshot; everything below reads from it.
        String version = SchemaCatalog.schemaVersion(db);
        String server;
        try (var sql = db.createStatement(); var rows = sql.executeQuery("SHOW server_version")) {
            rows.next();
            server = rows.getString(1);
        }
        List<BackupManifest.Table> tables = new ArrayList<>();
        String auditDigest = "";
        for (String table : SchemaCatalog.tablesInLoadOrder(db)) {
            List<String> columns = SchemaCatalog.columns(db, table);
            zip.putNextEntry(new ZipEntry(BackupManifest.entryOf(table)));
            OutputStream entry = new FilterOutputStream(zip) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() {
                    // the zip stays open for the next entry
                }
            };
            long rows;
            if (table.equals(SchemaCatalog.AUDIT_LOG)) {
                MessageDigest digest = sha256();
                rows = copy.copyOut(SchemaCatalog.auditCopy(columns), new DigestOutputStream(entry, digest));
                auditDigest = HexFormat.of().formatHex(digest.digest());
            } else {
                rows = copy.copyOut("COPY " + SchemaCatalog.quote(table) + " (" + SchemaCatalog.columnList(columns)
                        + ") TO STDOUT", entry);
            }
            zip.closeEntry();
            tables.add(new BackupManifest.Table(table, columns, rows));
        }
        return new BackupManifest(version, OffsetDateTime.now().toString(), server, tables, SchemaCatalog.sequences(db),
                auditDigest);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
