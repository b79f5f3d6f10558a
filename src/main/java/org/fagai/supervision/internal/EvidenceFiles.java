package org.fagai.supervision.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.web.DocumentType;
import org.fagai.shared.web.UploadGuard;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence files of 申请办结: through the upload guard (type by content, size, archive limits), stored in PostgreSQL (one
 * backup holds them with the item; every instance serves them), listed and downloaded by whoever sees the item.
 */
@Service
class EvidenceFiles {

    static final int MAX_PER_ITEM = 20;

    record EvidenceView(long id, String fileName, String contentType, long sizeBytes, String sha256, OffsetDateTime uploadedAt,
                        String uploadedBy) {
    }

    record Content(String fileName, String contentType, byte[] bytes) {

        /** The file as a download, never rendered inline nor sniffed as another type. */
        ResponseEntity<byte[]> download() {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.parseMediaType(contentType));
            headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
            headers.set("X-Content-Type-Options", "nosniff");
            return ResponseEntity.ok().headers(headers).body(bytes);
        }
    }

    private static final String COLUMNS = "id, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by";

    private final JdbcClient jdbc;
    private final Supervision supervision;
    private final UploadGuard guard;
    private final UserDirectory users;
    private final AuditLog audit;

    EvidenceFiles(JdbcClient jdbc, Supervision supervision, UploadGuard guard, UserDirectory users, AuditLog audit) {
        this.jdbc = jdbc;
        this.supervision = supervision;
        this.guard = guard;
        this.users = users;
        this.audit = audit;
    }

    @Transactional
    EvidenceView upload(long itemId, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw FieldErrors.of("file", StoredText.of("supervision.error.chooseEvidence"));
        }
        String name = safeName(file.getOriginalFilename());
        supervision.attachEvidence(itemId, name);
        long count = jdbc.sql("SELECT count(*) FROM supervision_evidence WHERE item_id = ?").param(itemId).query(Long.class).single();
        if (count >= MAX_PER_ITEM) {
            throw FieldErrors.of("file", StoredText.of("supervision.error.tooManyEvidence", MAX_PER_ITEM));
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocumentType type = guard.checkDocument(name, bytes);
        String sha = sha256(bytes);
        long id = jdbc.sql("INSERT INTO supervision_evidence (item_id, file_name, content_type, size_bytes, sha256, content, uploaded_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .params(itemId, name, type.contentType(), bytes.length, sha, bytes, users.requireCurrent().username())
                .query(Long.class).single();
        audit.record(AuditAction.CREATE, "supervision_evidence", String.valueOf(id), StoredText.of("supervision.audit.evidence.uploaded", itemId, name, bytes.length, sha));
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_evidence WHERE id = ?").param(id).query(EvidenceView.class).single();
    }

    @Transactional(readOnly = true)
    List<EvidenceView> list(long itemId) {
        supervision.get(itemId);
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_evidence WHERE item_id = ? ORDER BY id").param(itemId)
                .query(EvidenceView.class).list();
    }

    @Transactional(readOnly = true)
    Content content(long itemId, long fileId) {
        supervision.get(itemId);
        return jdbc.sql("SELECT file_name, content_type, content FROM supervision_evidence WHERE item_id = ? AND id = ?")
                .params(itemId, fileId)
                .query((rs, i) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow(() -> new NotFoundException(StoredText.of("supervision.error.noEvidenceFile", fileId)));
    }

    private static String safeName(String original) {
        String name = original == null ? "" : original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "_").strip();
        return name.isEmpty() ? "file" : name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
