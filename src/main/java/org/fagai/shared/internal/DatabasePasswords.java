package org.fagai.shared.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The embedded server's passwords (superuser, schema owner, application), generated once and kept in the data
 * directory in a file only its owner may read or write.
 */
final class DatabasePasswords {

    static final String FILE_NAME = "fagai-passwords.properties";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String superuser;
    private final String owner;
    private final String app;

    private DatabasePasswords(String superuser, String owner, String app) {
        this.superuser = superuser;
        this.owner = owner;
        this.app = app;
    }

    static DatabasePasswords generate() {
        return new DatabasePasswords(random(), random(), random());
    }

    /** The passwords kept in {@code file}, or empty when it is missing or incomplete (they are generated anew). */
    static Optional<DatabasePasswords> load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        restrictToOwner(file);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String superuser = properties.getProperty(DatabaseRoles.SUPERUSER);
        String owner = properties.getProperty(DatabaseRoles.OWNER);
        String app = properties.getProperty(DatabaseRoles.APP);
        if (isBlank(superuser) || isBlank(owner) || isBlank(app)) {
            return Optional.empty();
        }
        return Optional.of(new DatabasePasswords(superuser.trim(), owner.trim(), app.trim()));
    }

    /** Writes the file readable by its owner only, replacing an older one in one step. */
    void save(Path file) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        if (posix()) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        Properties properties = new Properties();
        properties.setProperty(DatabaseRoles.SUPERUSER, superuser);
        properties.setProperty(DatabaseRoles.OWNER, owner);
        properties.setProperty(DatabaseRoles.APP, app);
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            properties.store(writer, "Fagai embedded PostgreSQL passwords: keep private (owner read/write only)."
                    + " Deleting this file makes the next start generate and set new ones.");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        restrictToOwner(file);
    }

    /** A temporary file holding only the superuser's password, for {@code initdb --pwfile}. */
    Path writeSuperuserPasswordFile() throws IOException {
        Path file = posix() ? Files.createTempFile("fagai-pw", ".txt", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile("fagai-pw", ".txt");
        Files.writeString(file, superuser + "\n", StandardCharsets.UTF_8);
        return file;
    }

    String superuser() {
        return superuser;
    }

    String owner() {
        return owner;
    }

    String app() {
        return app;
    }

    @Override
    public String toString() {
        return "DatabasePasswords[hidden]";
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String random() {
        StringBuilder password = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
