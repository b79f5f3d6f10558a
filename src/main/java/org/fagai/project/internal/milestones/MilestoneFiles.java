package org.fagai.project.internal.milestones;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.project.internal.registry.Project;
import org.fagai.project.internal.registry.ProjectRegistry;
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
 * The file of a milestone (the 批复 as PDF, OFD, image or Office document): through the upload guard (type by content,
 * size, archive limits), stored in PostgreSQL beside the milestone, served as a download to whoever sees the project.
 */
@Service
class MilestoneFiles {

    private final JdbcClient jdbc;
    private final ProjectRegistry registry;
    private final MilestoneBook milestones;
    private final UploadGuard guard;
    private final AuditLog audit;

    MilestoneFiles(JdbcClient jdbc, ProjectRegistry registry, MilestoneBook milestones, UploadGuard guard, AuditLog audit) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.milestones = milestones;
        this.guard = guard;
        this.audit = audit;
    }

    /** Attaches the file to a recorded milestone (replacing an earlier one). */
    @Transactional
    MilestoneView attach(String code, String kindText, MultipartFile file) {
        Project project = registry.visible(code);
        registry.scope().requireEditor(project.regionCode());
        MilestoneKind kind = MilestoneKind.parse(kindText, "kind");
        milestones.find(project.id(), kind);
        if (file == null || file.isEmpty()) {
            throw FieldErrors.of("file", StoredText.of("project.error.milestone.file"));
        }
        String name = safeName(file.getOriginalFilename());
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocumentType type = guard.checkDocument(name, bytes);
        String sha = sha256(bytes);
        jdbc.sql("UPDATE project_milestone SET file_name = ?, content_type = ?, size_bytes = ?, sha256 = ?, content = ?"
                        + " WHERE project_id = ? AND kind = ?")
                .params(name, type.contentType(), bytes.length, sha, bytes, project.id(), kind.name()).update();
        audit.record(AuditAction.UPDATE, "project", project.code(), StoredText.of("project.audit.milestone.fileUploaded", StoredText.label("project.milestone.kind." + kind.name()), name, bytes.length, sha));
        return milestones.find(project.id(), kind);
    }

    /** The file as a download, never rendered inline nor sniffed as another type. */
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> download(String code, String kindText) {
        Project project = registry.visible(code);
        MilestoneKind kind = MilestoneKind.parse(kindText, "kind");
        return jdbc.sql("SELECT file_name, content_type, content FROM project_milestone WHERE project_id = ? AND kind = ?"
                        + " AND content IS NOT NULL")
                .params(project.id(), kind.name())
                .query((rs, i) -> {
                    HttpHeaders headers = new HttpHeaders();
                    headers.setContentType(MediaType.parseMediaType(rs.getString(2)));
                    headers.setContentDisposition(ContentDisposition.attachment().filename(rs.getString(1), StandardCharsets.UTF_8).build());
                    headers.set("X-Content-Type-Options", "nosniff");
                    return ResponseEntity.ok().headers(headers).body(rs.getBytes(3));
                }).optional()
                .orElseThrow(() -> new NotFoundException(StoredText.of("project.error.milestone.noFile", StoredText.label(kind.labelKey()))));
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
