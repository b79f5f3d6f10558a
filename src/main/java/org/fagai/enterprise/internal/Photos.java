package org.fagai.enterprise.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.DocumentType;
import org.fagai.shared.web.UploadGuard;
import org.fagai.shared.web.UploadRefused;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos of visits, hazards and rectifications, kept in PostgreSQL (one backup, every instance serves them): JPEG or PNG
 * by their content as the shared upload guard judges it, at most 5 MB each and 9 per record.
 */
@Component
class Photos {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int MAX_PER_OWNER = 9;

    record Content(String fileName, String contentType, byte[] data, String ownerType, long ownerId) {
    }

    private final JdbcClient jdbc;
    private final UploadGuard guard;

    Photos(JdbcClient jdbc, UploadGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    /**
     * Stores one photo of a record after the shared upload guard has checked it (size, the zip limits for anything
     * zip-shaped, the type by content, which the name's extension must agree with); only JPEG and PNG are photos.
     *
     * @throws UploadRefused 413 over 5 MB or a zip bomb, 422 for any other type or a renamed file
     */
    long store(String ownerType, long ownerId, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw FieldErrors.of("photo", StoredText.of("enterprise.error.photoMissing"));
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "photo.jpg"
                : file.getOriginalFilename().replaceAll("[\\\\/\\r\\n\"]", "_");
        if (file.getSize() > MAX_BYTES) {
            throw new UploadRefused(HttpStatus.CONTENT_TOO_LARGE, StoredText.of("enterprise.error.photoTooLarge", name));
        }
        long count = jdbc.sql("SELECT count(*) FROM enterprise_photo WHERE owner_type = ? AND owner_id = ?")
                .params(ownerType, ownerId).query(Long.class).single();
        if (count >= MAX_PER_OWNER) {
            throw FieldErrors.of("photo", StoredText.of("enterprise.error.photoLimit", MAX_PER_OWNER));
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocumentType type = guard.checkDocument(name, bytes);
        if (type != DocumentType.JPEG && type != DocumentType.PNG) {
            throw new UploadRefused(HttpStatus.UNPROCESSABLE_CONTENT, StoredText.of("enterprise.error.photoType", name));
        }
        return jdbc.sql("""
                        INSERT INTO enterprise_photo (owner_type, owner_id, file_name, content_type, data) VALUES (?, ?, ?, ?, ?)
                        RETURNING id""")
                .params(ownerType, ownerId, name.length() > 200 ? name.substring(0, 200) : name, type.contentType(), bytes)
                .query(Long.class).single();
    }

    /** The photos of a record, oldest first. */
    List<Long> of(String ownerType, long ownerId) {
        return jdbc.sql("SELECT id FROM enterprise_photo WHERE owner_type = ? AND owner_id = ? ORDER BY id")
                .params(ownerType, ownerId).query(Long.class).list();
    }

    Content find(long id) {
        return jdbc.sql("SELECT file_name, content_type, data, owner_type, owner_id FROM enterprise_photo WHERE id = ?").param(id)
                .query((rs, n) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4), rs.getLong(5)))
                .optional().orElseThrow(() -> new NotFoundException(StoredText.of("enterprise.error.photoNotFound", id)));
    }
}
