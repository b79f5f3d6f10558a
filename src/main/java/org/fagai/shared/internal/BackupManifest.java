package org.fagai.shared.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What a backup holds, written last into it: the schema version (Flyway's), every table in restore order with its
 * columns and row count, every sequence's value, and the SHA-256 of the audit log's rows in id order.
 */
final class BackupManifest {

    static final String ENTRY = "manifest.properties";
    static final String FORMAT = "fagai-backup-1";

    record Table(String name, List<String> columns, long rows) {
    }

    final String schemaVersion;
    final String createdAt;
    final String serverVersion;
    final List<Table> tables;
    final Map<String, Long> sequences;
    final String auditDigest;

    BackupManifest(String schemaVersion, String createdAt, String serverVersion, List<Table> tables,
                   Map<String, Long> sequences, String auditDigest) {
        this.schemaVersion = schemaVersion;
        this.createdAt = createdAt;
        this.serverVersion = serverVersion;
        this.tables = List.copyOf(tables);
        this.sequences = sequences;
        this.auditDigest = auditDigest;
    }

    static String entryOf(String table) {
        return "tables/" + table + ".copy";
    }

    long totalRows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    void write(OutputStream out) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("schema.version", schemaVersion);
        p.setProperty("created.at", createdAt);
        p.setProperty("server.version", serverVersion);
        p.setProperty("tables", String.join(",", tables.stream().map(Table::name).toList()));
        for (Table t : tables) {
            p.setProperty("table." + t.name() + ".columns", String.join(",", t.columns()));
            p.setProperty("table." + t.name() + ".rows", Long.toString(t.rows()));
        }
        sequences.forEach((name, value) -> p.setProperty("sequence." + name, value == null ? "" : value.toString()));
        p.setProperty("audit.sha256", auditDigest);
        Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        p.store(writer, "Fagai logical backup (restore with: java -jar fagai.jar restore <file>)");
        writer.flush();
    }

    static BackupManifest read(InputStream in) throws IOException {
        Properties p = new Properties();
        try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw new IOException("不是本平台的备份文件（格式 " + p.getProperty("format") + "）");
        }
        List<Table> tables = new ArrayList<>();
        for (String name : p.getProperty("tables", "").split(",")) {
            if (!name.isEmpty()) {
                tables.add(new Table(name, Arrays.asList(p.getProperty("table." + name + ".columns").split(",")),
                        Long.parseLong(p.getProperty("table." + name + ".rows"))));
            }
        }
        Map<String, Long> sequences = new LinkedHashMap<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith("sequence.")).sorted().forEach(k -> {
            String v = p.getProperty(k);
            sequences.put(k.substring("sequence.".length()), v.isEmpty() ? null : Long.valueOf(v));
        });
        return new BackupManifest(p.getProperty("schema.version"), p.getProperty("created.at"),
                p.getProperty("server.version"), tables, sequences, p.getProperty("audit.sha256"));
    }
}
