package org.fagai.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Stored sentences read in a language outside a Spring context, for tests of what modules store. */
public final class StoredTexts {

    private static final Formats FORMATS = new Formats(messages(), "09:00-12:00,13:00-18:00");

    private StoredTexts() {
    }

    static Formats formats() {
        return FORMATS;
    }

    static MessageText messageText() {
        return new MessageText(messages());
    }

    public static String chinese(String stored) {
        return in(Locale.SIMPLIFIED_CHINESE, stored);
    }

    public static String english(String stored) {
        return in(Locale.ENGLISH, stored);
    }

    /** Restores the thread's locale context as it was (none outside a request: then shared checks read Chinese again). */
    private static String in(Locale locale, String stored) {
        LocaleContext before = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            return FORMATS.stored(stored);
        } finally {
            LocaleContextHolder.setLocaleContext(before);
        }
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** The bundles the application reads ({@code spring.messages.basename}), so a new module's bundle is never missed. */
    private static String[] basenames() {
        Properties settings = new Properties();
        try (InputStream in = StoredTexts.class.getResourceAsStream("/application.properties")) {
            settings.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return settings.getProperty("spring.messages.basename").split("\\s*,\\s*");
    }
}
