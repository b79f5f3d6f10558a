package org.fagai.shared.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL with its roles and passwords. On a new data directory {@code initdb} gets the superuser's
 * password; on one of an older version (no password file) the superuser is trusted for this one start, given its
 * password, and from then on every connection needs one. Either way the owner and application roles are made so.
 */
final class EmbeddedDatabase implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final java.time.Duration SHUTDOWN_WAIT = java.time.Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final DatabasePasswords passwords;
    private final Path directory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, DatabasePasswords passwords, Path directory) {
        this.postgres = postgres;
        this.passwords = passwords;
        this.directory = directory;
    }

    /** {@code clean}: a throw-away database in an empty {@code directory}, deleted on close (tests). */
    static EmbeddedDatabase start(Path directory, boolean clean) throws IOException {
        Path passwordFile = directory.resolve(DatabasePasswords.FILE_NAME);
        boolean fresh = clean || !Files.exists(directory.resolve("postgresql.conf"));
        Optional<DatabasePasswords> kept = fresh ? Optional.empty() : DatabasePasswords.load(passwordFile);
        DatabasePasswords passwords = kept.orElseGet(DatabasePasswords::generate);
        boolean upgrade = !fresh && kept.isEmpty();
        if (upgrade) {
            log.warn("内置数据库没有密码文件（旧版本的数据目录或文件被删除）：本次启动生成新密码并改为必须凭密码连接");
        }
        Path initdbPassword = fresh ? passwords.writeSuperuserPasswordFile() : null;
        EmbeddedPostgres postgres;
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(clean)
                    .setRegisterShutdownHook(false)
                    // After a crash PostgreSQL first replays its write-ahead log: give it time.
                    .setPGStartupWait(java.time.Duration.ofMinutes(clean ? 1 : 5))
                    // zonky turns these off for speed; a persistent store must not lose committed data.
                    .setServerConfig("fsync", clean ? "off" : "on")
                    .setServerConfig("synchronous_commit", clean ? "off" : "on")
                    .setServerConfig("full_page_writes", clean ? "off" : "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setLocaleConfig("encoding", "UTF8")
                    // zonky's own readiness check signs in as the superuser.
                    .setConnectConfig("password", passwords.superuser())
                    .setDataDirectoryCustomizer(data -> prepare(data, passwords, fresh, upgrade));
            if (initdbPassword != null) {
                builder.setLocaleConfig("pwfile", initdbPassword.toString());
            }
            postgres = builder.start();
        } catch (IOException | RuntimeException e) {
            if (kept.isEmpty()) {
                throw e;
            }
            throw new IllegalStateException("内置数据库以密码文件 " + passwordFile + " 中的密码启动失败（文件与数据库不一致时，"
                    + "删除该文件后重启即可重新生成密码）: " + e.getMessage(), e);
        } finally {
            if (initdbPassword != null) {
                Files.deleteIfExists(initdbPassword);
            }
        }
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, passwords, directory);
        try {
            database.settleRoles(upgrade);
        } catch (SQLException | IOException | RuntimeException e) {
            postgres.close();
            throw new IllegalStateException("内置数据库的角色与密码设置失败（密码文件 " + passwordFile
                    + " 与数据库不一致时，删除该文件后重启即可重新生成）: " + e.getMessage(), e);
        }
        return database;
    }

    /** Runs after {@code initdb} (if any) and before the server starts. */
    private static void prepare(File data, DatabasePasswords passwords, boolean fresh, boolean upgrade) {
        Path dataDirectory = data.toPath();
        try {
            if (upgrade) {
                ClientAuthentication.trustSuperuserOnce(dataDirectory);
                return;
            }
            if (fresh) {
                passwords.save(dataDirectory.resolve(DatabasePasswords.FILE_NAME));
            }
            ClientAuthentication.requirePasswords(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void settleRoles(boolean upgrade) throws SQLException, IOException {
        try (Connection superuser = DriverManager.getConnection(jdbcUrl(), DatabaseRoles.SUPERUSER, passwords.superuser())) {
            DatabaseRoles.ensure(superuser, passwords);
            if (upgrade) {
                // The file only once the database has these passwords: a crash before leaves the next start an upgrade too.
                passwords.save(directory.resolve(DatabasePasswords.FILE_NAME));
                ClientAuthentication.requirePasswords(directory);
                superuser.setAutoCommit(true);
                try (Statement sql = superuser.createStatement()) {
                    sql.execute("SELECT pg_reload_conf()");
                }
            }
        }
    }

    /** Loopback by address, as {@code pg_hba.conf} names it; no user in the URL (it would override the pool's). */
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DatabaseRoles.DATABASE;
    }

    String ownerPassword() {
        return passwords.owner();
    }

    String appPassword() {
        return passwords.app();
    }

    /**
     * Stops the server and waits until it is gone: zonky's {@code pg_ctl stop} gives up after 5 s, and on a busy
     * machine the shutdown checkpoint can take longer; a start on the same directory meanwhile finds the old
     * {@code postmaster.pid}, cannot start, and waits out its whole startup time.
     */
    @Override
    public void close() throws IOException {
        postgres.close();
        Path lock = directory.resolve("postmaster.pid");
        long giveUp = System.nanoTime() + SHUTDOWN_WAIT.toNanos();
        while (Files.exists(lock) && System.nanoTime() < giveUp) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (Files.exists(lock)) {
            log.warn("内置数据库在 {} 秒内未完全停止（{} 仍在）", SHUTDOWN_WAIT.toSeconds(), lock);
        }
    }
}
