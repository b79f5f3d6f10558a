package org.fagai.enterprise.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.web.UploadGuard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos of visits and hazards, kept in PostgreSQL (one backup, every instance serves them): JPEG or PNG by their
 * content, at most 5 MB each and 9 per record; anything zip-shaped passes the upload guard first and is refused.
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

    long store(String ownerType, long ownerId, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw FieldErrors.of("photo", "请选择照片");
        }
        if (file.getSize() > MAX_BYTES) {
            throw FieldErrors.of("photo", "照片不能超过 5MB");
        }
        long count = jdbc.sql("SELECT count(*) FROM enterprise_photo WHERE owner_type = ? AND owner_id = ?")
                .params(ownerType, ownerId).query(Long.class).single();
        if (count >= MAX_PER_OWNER) {
            throw FieldErrors.of("photo", "每条记录最多上传 " + MAX_PER_OWNER + " 张照片");
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (UploadGuard.looksLikeZip(bytes)) {
            guard.checkOfficeFile(bytes);
            throw FieldErrors.of("photo", "照片须为 JPEG 或 PNG 图片");
        }
        String type = contentType(bytes);
        if (type == null) {
            throw FieldErrors.of("photo", "照片须为 JPEG 或 PNG 图片（按文件内容判断）");
        }
        String name = file.getOriginalFilename() == null ? "photo" : file.getOriginalFilename().replaceAll("[\\\\/\\r\\n\"]", "_");
        return jdbc.sql("""
                        INSERT INTO enterprise_photo (owner_type, owner_id, file_name, content_type, data) VALUES (?, ?, ?, ?, ?)
                        RETURNING id""")
                .params(ownerType, ownerId, name.length() > 200 ? name.substring(0, 200) : name, type, bytes)
                .query(Long.class).single();
    }

    Content find(long id) {
        return jdbc.sql("SELECT file_name, content_type, data, owner_type, owner_id FROM enterprise_photo WHERE id = ?").param(id)
                .query((rs, n) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4), rs.getLong(5)))
                .optional().orElseThrow(() -> new NotFoundException("照片不存在：" + id));
    }

    static String contentType(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        return null;
    }
}
