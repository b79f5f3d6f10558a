package org.fagai.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A sentence of the shared bundle ({@code i18n/shared}) in the reader's language, for the shared checks that run where no
 * message source reaches (a static validator, an upload refused inside the archive reader): the request's language, Chinese
 * outside a request. Texts that are thrown and shown once, never stored; a stored sentence is a {@link StoredText}.
 */
public final class ReaderText {

    private static final String BUNDLE = "i18n/shared";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ReaderText() {
    }

    /** The message {@code key} with its arguments (texts, never formatted as numbers: "100000 行", not "100,000 行"). */
    public static String of(String key, Object... args) {
        Locale locale = locale();
        String pattern = pattern(key);
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, locale).format(texts);
    }

    /** The message {@code key} as written, unformatted (a constraint's template with its {@code {value}}). */
    public static String pattern(String key) {
        return ResourceBundle.getBundle(BUNDLE, locale(), NO_FALLBACK).getString(key);
    }

    /** The request's language, Chinese when no request set one (a test, a scheduled job). */
    public static Locale locale() {
        return LocaleContextHolder.getLocaleContext() == null || LocaleContextHolder.getLocale() == null
                ? Locale.SIMPLIFIED_CHINESE : LocaleContextHolder.getLocale();
    }
}
