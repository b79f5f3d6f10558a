package org.fagai.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.Environment;

/** The merged message maps answer every key exactly as Spring's walk over the basenames did, in every language. */
@FagaiIntegrationTest
class MergedMessagesTest {

    private static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH, Locale.US,
            Locale.CHINESE, Locale.FRENCH, Locale.forLanguageTag("en-GB"), Locale.ROOT);

    @Autowired
    MessageSource messages;
    @Autowired
    Environment environment;

    @Test
    void theApplicationsMessageSourceIsTheMergedOne() {
        assertThat(messages).isInstanceOf(MergedMessages.class);
    }

    @Test
    void everyKeyOfEveryBundleResolvesAsTheBasenameWalkDoesInEveryLanguage() {
        ResourceBundleMessageSource walk = walk();
        Set<String> keys = allKeys();
        assertThat(keys).hasSizeGreaterThan(1000);
        for (Locale locale : LOCALES) {
            for (String key : keys) {
                assertThat(messages.getMessage(key, null, "—", locale))
                        .as("%s in %s", key, locale)
                        .isEqualTo(walk.getMessage(key, null, "—", locale));
                for (Object[] args : List.of(new Object[] {"甲", 12345, "乙"}, new Object[] {7, 12345.5, 3})) {
                    assertThat(outcome(() -> messages.getMessage(key, args, "—", locale)))
                            .as("%s with arguments in %s", key, locale)
                            .isEqualTo(outcome(() -> walk.getMessage(key, args, "—", locale)));
                }
            }
        }
    }

    @Test
    void englishAndChineseDifferAndAnUnknownKeyStaysUnknown() {
        assertThat(messages.getMessage("nav.home", null, Locale.ENGLISH))
                .isNotEqualTo(messages.getMessage("nav.home", null, Locale.SIMPLIFIED_CHINESE));
        assertThat(messages.getMessage("no.such.key", null, "default", Locale.ENGLISH)).isEqualTo("default");
        assertThat(messages.getMessage("no.such.key", new Object[] {1}, null, Locale.ENGLISH)).isNull();
    }

    @Test
    void anyNumberOfRequestedLanguagesKeepsAtMostTheBoundOfEntries() {
        MergedMessages fresh = new MergedMessages();
        fresh.setBasenames(basenames());
        fresh.setDefaultEncoding("UTF-8");
        fresh.setFallbackToSystemLocale(false);
        for (int i = 0; i < 200; i++) {
            Locale hostile = new Locale("x" + i, "YY");
            assertThat(fresh.getMessage("nav.home", null, hostile))
                    .isEqualTo(messages.getMessage("nav.home", null, Locale.SIMPLIFIED_CHINESE));
        }
        assertThat(fresh.localesKept()).isLessThanOrEqualTo(MergedMessages.MAX_LOCALES);
    }

    /** The text, or the kind of failure (a text argument where the message formats a number fails both ways). */
    private static String outcome(Supplier<String> message) {
        try {
            return message.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private ResourceBundleMessageSource walk() {
        ResourceBundleMessageSource walk = new ResourceBundleMessageSource();
        walk.setBasenames(basenames());
        walk.setDefaultEncoding("UTF-8");
        walk.setFallbackToSystemLocale(false);
        return walk;
    }

    private String[] basenames() {
        return environment.getProperty("spring.messages.basename", String[].class);
    }

    private Set<String> allKeys() {
        Set<String> keys = new TreeSet<>();
        for (String basename : basenames()) {
            for (Locale locale : List.of(Locale.ROOT, Locale.ENGLISH)) {
                keys.addAll(ResourceBundle.getBundle(basename, locale, ResourceBundle.Control
                        .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).keySet());
            }
        }
        return keys;
    }
}
