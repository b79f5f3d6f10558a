package org.fagai.shared.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * The embedded server's roles, made so on every start by the superuser: {@value #OWNER} owns the schema's objects and
 * is the one Flyway migrates as; {@value #APP} is what the application connects as (its table rights are granted by
 * the {@code afterMigrate} callback). Neither is a superuser, so neither can disable a trigger or set
 * {@code session_replication_role}.
 */
final class DatabaseRoles {

    static final String SUPERUSER = "postgres";
    static final String OWNER = "fagai_owner";
    static final String APP = "fagai_app";
    static final String DATABASE = "postgres";

    /**
     * Objects an older version created as the superuser move to the owner. Extension members stay with their
     * extension, and sequences owned by a column move with their table.
     */
    private static final String OWNERSHIP_TO_OWNER = """
            DO $$
            DECLARE o record;
            BEGIN
              FOR o IN SELECT c.oid::regclass AS name,
                              CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                             WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS kind
                         FROM pg_class c
                        WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = 'postgres'::regrole
                          AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                             AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
              LOOP
                EXECUTE format('ALTER %s %s OWNER TO fagai_owner', o.kind, o.name);
              END LOOP;
              FOR o IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                        WHERE p.pronamespace = 'public'::regnamespace AND p.proowner = 'postgres'::regrole
                          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                                             AND d.objid = p.oid AND d.deptype = 'e')
              LOOP
                EXECUTE format('ALTER ROUTINE %s OWNER TO fagai_owner', o.name);
              END LOOP;
            END
            $$""";

    private DatabaseRoles() {
    }

    /** Run as the superuser: passwords as in the file, both roles present and unprivileged, older objects moved. */
    static void ensure(Connection superuser, DatabasePasswords passwords) throws SQLException {
        superuser.setAutoCommit(false);
        PGConnection pg = superuser.unwrap(PGConnection.class);
        // Hashed by the driver (SCRAM): no password travels or lands in a log in clear text.
        pg.alterUserPassword(SUPERUSER, passwords.superuser().toCharArray(), "scram-sha-256");
        ensureLoginRole(superuser, OWNER);
        pg.alterUserPassword(OWNER, passwords.owner().toCharArray(), "scram-sha-256");
        ensureLoginRole(superuser, APP);
        pg.alterUserPassword(APP, passwords.app().toCharArray(), "scram-sha-256");
        try (Statement sql = superuser.createStatement()) {
            // CREATE on the database: the owner installs the trusted extension pg_trgm.
            sql.execute("GRANT CONNECT, CREATE ON DATABASE " + DATABASE + " TO " + OWNER);
            sql.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO " + APP);
            sql.execute("GRANT USAGE, CREATE ON SCHEMA public TO " + OWNER);
            sql.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            sql.execute(OWNERSHIP_TO_OWNER);
        }
        superuser.commit();
    }

    private static void ensureLoginRole(Connection superuser, String role) throws SQLException {
        boolean exists;
        try (PreparedStatement query = superuser.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, role);
            try (ResultSet rows = query.executeQuery()) {
                exists = rows.next();
            }
        }
        try (Statement sql = superuser.createStatement()) {
            if (!exists) {
                sql.execute("CREATE ROLE " + role);
            }
            sql.execute("ALTER ROLE " + role + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS");
        }
    }
}
