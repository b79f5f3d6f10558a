package org.fagai.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.ContentDisposition;

/** How a stored document is sent: shown in the browser where it can (PDF, images), downloaded otherwise. */
public final class Downloads {

    private static final Set<String> INLINE = Set.of("application/pdf", "image/jpeg", "image/png");

    private Downloads() {
    }

    public static boolean opensInBrowser(String contentType) {
        return contentType != null && INLINE.contains(contentType.toLowerCase(Locale.ROOT));
    }

    /** {@code inline} for what the browser shows, {@code attachment} for the rest; the name RFC 5987-encoded. */
    public static ContentDisposition disposition(String fileName, String contentType) {
        ContentDisposition.Builder builder = opensInBrowser(contentType) ? ContentDisposition.inline() : ContentDisposition.attachment();
        return builder.filename(fileName, StandardCharsets.UTF_8).build();
    }
}
