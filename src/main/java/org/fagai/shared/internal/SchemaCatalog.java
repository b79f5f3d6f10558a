package org.fagai.shared.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.MigrationVersion;

/** The application schema's tables (parents before the tables that reference them), columns, sequences, version. */
final class SchemaCatalog {

    static final String HISTORY = "flyway_schema_history";
    static final String AUDIT_LOG = "audit_log";

    private SchemaCatalog() {
    }

    /**
     * Tables of the current schema but Flyway's history, each after every table its foreign keys point to, or its references
     * checked per statement (V202612140300).
     */
    static List<String> tablesInLoadOrder(Connection db) throws SQLException {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("""
                     SELECT c.relname FROM pg_class c
                     WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND c.relname <> '%s'
                     ORDER BY c.relname""".formatted(HISTORY))) {
            while (rows.next()) {
                parents.put(rows.getString(1), new LinkedHashSet<>());
            }
        }
        try (Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("""
                     SELECT child.relname, parent.relname FROM pg_constraint k
                     JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
                     WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace""")) {
            while (rows.next()) {
                String child = rows.getString(1);
                String parent = rows.getString(2);
                if (!child.equals(parent) && parents.containsKey(child) && parents.containsKey(parent)) {
                    parents.get(child).add(parent);
                }
            }
        }
        // References checked per statement by a trigger instead of a foreign key (its arguments: column, table, key, …).
        try (Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("""
                     SELECT c.relname, t.tgargs FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                     JOIN pg_proc f ON f.oid = t.tgfoid
                     WHERE f.proname = 'references_checked_per_statement' AND c.relnamespace = current_schema()::regnamespace""")) {
            while (rows.next()) {
                String child = rows.getString(1);
                String[] args = new String(rows.getBytes(2), java.nio.charset.StandardCharsets.UTF_8).split("\0");
                for (int i = 1; i < args.length; i += 3) {
                    if (!child.equals(args[i]) && parents.containsKey(child) && parents.containsKey(args[i])) {
                        parents.get(child).add(args[i]);
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (ordered.size() < parents.size()) {
            boolean progress = false;
            for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
                if (!placed.contains(table.getKey()) && placed.containsAll(table.getValue())) {
                    ordered.add(table.getKey());
                    placed.add(table.getKey());
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("外键循环引用，无法确定恢复顺序：" + parents.keySet().stream()
                        .filter(t -> !placed.contains(t)).toList());
            }
        }
        return ordered;
    }

    /** The columns COPY writes and reads: every stored column in order, generated ones left out (they are computed). */
    static List<String> columns(Connection db, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement sql = db.prepareStatement("""
                SELECT a.attname FROM pg_attribute a
                WHERE a.attrelid = (quote_ident(current_schema()) || '.' || quote_ident(?))::regclass
                  AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                ORDER BY a.attnum""")) {
            sql.setString(1, table);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }

    /** Every sequence of the schema with its last value (null: never used). */
    static Map<String, Long> sequences(Connection db) throws SQLException {
        Map<String, Long> sequences = new LinkedHashMap<>();
        try (Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("""
                     SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = current_schema()
                     ORDER BY sequencename""")) {
            while (rows.next()) {
                String name = rows.getString(1);
                long value = rows.getLong(2);
                sequences.put(name, rows.wasNull() ? null : value);
            }
        }
        return sequences;
    }

    /** The highest version Flyway applied successfully (the schema the data belongs to). */
    static String schemaVersion(Connection db) throws SQLException {
        MigrationVersion highest = null;
        try (Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT version FROM " + HISTORY + " WHERE success AND version IS NOT NULL")) {
            while (rows.next()) {
                MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
                if (highest == null || version.compareTo(highest) > 0) {
                    highest = version;
                }
            }
        }
        if (highest == null) {
            throw new IllegalStateException("数据库尚未迁移（" + HISTORY + " 中没有版本）");
        }
        return highest.getVersion();
    }

    static int tableCount(Connection db) throws SQLException {
        try (Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("""
                     SELECT count(*) FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'p')""")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** COPY writes timestamps in the session's zone: backups and their checks always speak UTC and ISO. */
    static void normalise(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("SET TimeZone = 'UTC'");
            sql.execute("SET DateStyle = 'ISO, YMD'");
            sql.execute("SET IntervalStyle = 'postgres'");
            sql.execute("SET extra_float_digits = 3");
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(SchemaCatalog::quote).toList());
    }

    /** The audit log in id order: the same bytes in a backup and in the database it was restored into. */
    static String auditCopy(List<String> columns) {
        return "COPY (SELECT " + columnList(columns) + " FROM " + AUDIT_LOG + " ORDER BY id) TO STDOUT";
    }
}
