package org.fagai.shared.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * An upload refused before parsing (too large, a zip bomb, not the file type it claims, too many rows, too many imports
 * running): nothing stored. An {@link ImportRejected}, so import pages list its reason like any row error; the API
 * answers it with its own status (413, 422 or 503) and the reason as detail.
 */
public class UploadRefused extends ImportRejected {

    private final transient HttpStatus status;
    private final String reason;

    public UploadRefused(HttpStatus status, String reason) {
        super(List.of(new ImportError(0, null, null, reason)));
        this.status = status;
        this.reason = reason;
    }

    static UploadRefused tooLarge(String reason) {
        return new UploadRefused(HttpStatus.CONTENT_TOO_LARGE, reason);
    }

    static UploadRefused invalid(String reason) {
        return new UploadRefused(HttpStatus.UNPROCESSABLE_CONTENT, reason);
    }

    public HttpStatus status() {
        return status;
    }

    public String reason() {
        return reason;
    }
}
