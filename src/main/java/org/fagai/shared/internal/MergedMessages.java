package org.fagai.shared.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The platform's message bundles read as one map per language. Spring's {@link ResourceBundleMessageSource} looks a key
 * up in each of the ~15 basenames in turn until one holds it (about 8 % of the CPU of a page under load: every
 * {@code #{…}} of every page); here the bundles a locale resolves to are merged once, in the basenames' order with the
 * first basename holding a key winning — exactly the answer of the walk — and a key is one map lookup. Which bundles
 * a locale resolves to is still decided by {@link ResourceBundle} as before (fallbacks, the parent chain), so any
 * locale whose bundles are the same shares one merged map. At most {@link #MAX_LOCALES} locales (the
 * {@code ?lang=} parameter takes any) keep their own entry; others are answered by the walk, as before.
 */
final class MergedMessages extends ResourceBundleMessageSource {

    static final int MAX_LOCALES = 32;

    private final Map<Locale, LocaleMessages> byLocale = new ConcurrentHashMap<>();
    private final Map<List<Object>, Map<String, String>> mergedByBundles = new ConcurrentHashMap<>();

    @Override
    protected String resolveCodeWithoutArguments(String code, Locale locale) {
        LocaleMessages messages = messages(locale);
        return messages == null ? super.resolveCodeWithoutArguments(code, locale) : messages.texts.get(code);
    }

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        LocaleMessages messages = messages(locale);
        if (messages == null) {
            return super.resolveCode(code, locale);
        }
        String text = messages.texts.get(code);
        if (text == null) {
            return null;
        }
        // shared like Spring's own cached formats: AbstractMessageSource formats under the format's lock
        return messages.formats.computeIfAbsent(code, c -> createMessageFormat(text, locale));
    }

    int localesKept() {
        return byLocale.size();
    }

    private LocaleMessages messages(Locale locale) {
        if (locale == null || getCacheMillis() >= 0) { // bundles that reload are walked, as Spring does
            return null;
        }
        LocaleMessages messages = byLocale.get(locale);
        if (messages != null || byLocale.size() >= MAX_LOCALES) {
            return messages;
        }
        return byLocale.computeIfAbsent(locale, l -> new LocaleMessages(merged(l)));
    }

    private Map<String, String> merged(Locale locale) {
        List<ResourceBundle> bundles = new ArrayList<>();
        List<Object> identity = new ArrayList<>();
        for (String basename : getBasenameSet()) {
            ResourceBundle bundle = getResourceBundle(basename, locale);
            if (bundle != null) {
                bundles.add(bundle);
                identity.add(bundle);
            }
        }
        return mergedByBundles.computeIfAbsent(identity, i -> {
            Map<String, String> texts = new HashMap<>();
            for (ResourceBundle bundle : bundles) {
                for (String key : bundle.keySet()) {
                    if (!texts.containsKey(key)) {
                        String text = getStringOrNull(bundle, key);
                        if (text != null) {
                            texts.put(key, text);
                        }
                    }
                }
            }
            return Map.copyOf(texts);
        });
    }

    private record LocaleMessages(Map<String, String> texts, Map<String, MessageFormat> formats) {
        LocaleMessages(Map<String, String> texts) {
            this(texts, new ConcurrentHashMap<>());
        }
    }
}
