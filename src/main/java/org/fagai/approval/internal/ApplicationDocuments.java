package org.fagai.approval.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents of an application, checked by content and size, stored in PostgreSQL (bytea): one backup holds
 * them with the application, and every instance behind the load balancer serves them without a shared disk.
 */
@Service
class ApplicationDocuments {

    static final int MAX_PER_APPLICATION = 30;

    record DocumentView(long id, String fileName, String contentType, long sizeBytes, String sha256,
                        OffsetDateTime uploadedAt, String uploadedBy) {
    }

    record Content(String fileName, String contentType, byte[] bytes) {
    }

    private final JdbcClient jdbc;
    private final Applications applications;
    private final UserDirectory users;
    private final AuditLog audit;
    private final UploadGuard guard;

    ApplicationDocuments(JdbcClient jdbc, Applications applications, UserDirectory users, AuditLog audit,
                         UploadGuard guard) {
        this.guard = guard;
        this.jdbc = jdbc;
        this.applications = applications;
        this.users = users;
        this.audit = audit;
    }

    @Transactional
    DocumentView upload(long applicationId, MultipartFile file) {
        ApplicationView application = applications.get(applicationId);
        if (!application.status().isOpen()) {
            throw FieldErrors.of("file", StoredText.of("approval.error.uploadClosed"));
        }
        if (file == null || file.isEmpty()) {
            throw FieldErrors.of("file", StoredText.of("approval.error.fileRequired"));
        }
        long count = jdbc.sql("SELECT count(*) FROM approval_document WHERE application_id = ?").param(applicationId)
                .query(Long.class).single();
        if (count >= MAX_PER_APPLICATION) {
            throw FieldErrors.of("file", StoredText.of("approval.error.tooManyFiles", MAX_PER_APPLICATION));
        }
        if (file.getSize() > DocumentType.MAX_BYTES) {
            throw FieldErrors.of("file", StoredText.of("approval.error.fileTooLarge"));
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = safeName(file.getOriginalFilename());
        if (UploadGuard.looksLikeZip(bytes)) {
            guard.checkOfficeFile(bytes);
        }
        DocumentType type;
        try {
            type = DocumentType.detect(name, bytes);
        } catch (IllegalArgumentException e) {
            throw FieldErrors.of("file", StoredText.of("approval.error.fileRefused", name, e.getMessage()));
        }
        String by = users.requireCurrent().username();
        String sha = sha256(bytes);
        long id = jdbc.sql("""
                        INSERT INTO approval_document (application_id, file_name, content_type, size_bytes, sha256, content, uploaded_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(applicationId, name, type.contentType(), bytes.length, sha, bytes, by).query(Long.class).single();
        audit.record(AuditAction.CREATE, "approval-document", String.valueOf(id),
                StoredText.of("approval.audit.document.uploaded", applicationId, name, bytes.length, sha));
        return find(applicationId, id);
    }

    @Transactional(readOnly = true)
    List<DocumentView> list(long applicationId) {
        applications.get(applicationId);
        return jdbc.sql("""
                        SELECT id, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by
                        FROM approval_document WHERE application_id = ? ORDER BY id""")
                .param(applicationId).query(DocumentView.class).list();
    }

    @Transactional(readOnly = true)
    Content content(long applicationId, long documentId) {
        applications.get(applicationId);
        return jdbc.sql("SELECT file_name, content_type, content FROM approval_document WHERE application_id = ? AND id = ?")
                .params(applicationId, documentId)
                .query((rs, i) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow(() -> new NotFoundException(StoredText.of("approval.error.documentMissing", documentId)));
    }

    private DocumentView find(long applicationId, long id) {
        return jdbc.sql("""
                        SELECT id, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by
                        FROM approval_document WHERE application_id = ? AND id = ?""")
                .params(applicationId, id).query(DocumentView.class).single();
    }

    private static String safeName(String original) {
        String name = original == null ? "file" : Path.of(original.replace('\\', '/')).getFileName().toString();
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
