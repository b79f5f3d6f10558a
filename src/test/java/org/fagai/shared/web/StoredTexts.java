package org.fagai.shared.web;

import java.util.Locale;
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
        source.setBasenames("i18n/shared", "i18n/project", "i18n/supervision", "i18n/credit", "i18n/cockpit", "i18n/energy", "i18n/attraction",
                "i18n/approval", "i18n/businessenv", "i18n/funds", "i18n/planning", "i18n/indicator", "i18n/enterprise", "i18n/policy", "messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
