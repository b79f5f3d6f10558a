package org.fagai.shared.web;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A response body written on another thread in the language of the request that returned it: without it the file's own
 * words ({@link ExcelExport}'s 合计, 是/否, {@link MessageText}) fall back to Chinese.
 */
public final class ReaderLanguage {

    private ReaderLanguage() {
    }

    /** Call on the request's thread; the body sets the reader's language on the thread that writes it. */
    public static StreamingResponseBody carried(StreamingResponseBody body) {
        Locale reader = LocaleContextHolder.getLocale();
        return out -> {
            LocaleContextHolder.setLocale(reader);
            try {
                body.writeTo(out);
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
        };
    }
}
