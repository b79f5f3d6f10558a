package org.fagai.shared.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The embedded server's {@code pg_hba.conf}, rewritten on every start: zonky's {@code initdb -A trust} would let any
 * local process in as the superuser without a password. Only loopback and the Unix socket are listed, all with SCRAM.
 */
final class ClientAuthentication {

    static final String FILE_NAME = "pg_hba.conf";

    private static final String PASSWORDS_ONLY = """
            # Written by Fagai on every start of its embedded PostgreSQL: every connection needs a password (SCRAM).
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    /**
     * For one start only, on a data directory of an older version that has no password file: the superuser is let in
     * on loopback without a password just long enough to be given one; then {@link #requirePasswords} and a reload.
     */
    private static final String SUPERUSER_TRUSTED_ONCE = """
            # Written by Fagai for one start: the superuser gets its password, then this file requires passwords.
            host    all   postgres   127.0.0.1/32   trust
            host    all   postgres   ::1/128        trust
            """ + PASSWORDS_ONLY.lines().skip(1).map(line -> line + "\n").reduce("", String::concat);

    private ClientAuthentication() {
    }

    static void requirePasswords(Path dataDirectory) throws IOException {
        write(dataDirectory, PASSWORDS_ONLY);
    }

    static void trustSuperuserOnce(Path dataDirectory) throws IOException {
        write(dataDirectory, SUPERUSER_TRUSTED_ONCE);
    }

    private static void write(Path dataDirectory, String content) throws IOException {
        Path file = dataDirectory.resolve(FILE_NAME);
        Path temporary = dataDirectory.resolve(FILE_NAME + ".fagai-tmp");
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
