package org.fagai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * A module's {@code <module>.error.*} sentences: the same keys in both bundles, each formatting with placeholder arguments into a
 * text with no placeholder or doubled quote left ({@code shared} too, its constraint templates aside).
 */
public final class ErrorBundles {

    private ErrorBundles() {
    }

    public static void assertComplete(String module) throws IOException {
        Properties chinese = load(module + ".properties");
        Properties english = load(module + "_en.properties");
        Set<String> zh = errorKeys(chinese, module);
        Set<String> en = errorKeys(english, module);
        assertThat(zh).isNotEmpty().isEqualTo(en);
        Object[] args = {"A", "B", "C", "D", "E"};
        for (String key : zh) {
            if (chinese.getProperty(key).contains("{value}")) {
                continue; // a constraint's template, interpolated by the validator (shared.error.maxLength)
            }
            assertThatCode(() -> new MessageFormat(chinese.getProperty(key), Locale.CHINA).format(args)).as(key).doesNotThrowAnyException();
            assertThatCode(() -> new MessageFormat(english.getProperty(key), Locale.ENGLISH).format(args)).as(key).doesNotThrowAnyException();
            assertThat(english.getProperty(key)).as(key).isNotBlank();
            for (String read : List.of(new MessageFormat(chinese.getProperty(key), Locale.CHINA).format(args),
                    new MessageFormat(english.getProperty(key), Locale.ENGLISH).format(args))) {
                assertThat(read).as(key + ": a quote left or a placeholder not filled").doesNotContain("''").doesNotContain("{");
            }
        }
    }

    private static Set<String> errorKeys(Properties bundle, String module) {
        Set<String> keys = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            if (key.startsWith(module + ".error.")) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static Properties load(String name) throws IOException {
        Properties bundle = new Properties();
        try (var in = ErrorBundles.class.getResourceAsStream("/i18n/" + name)) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle;
    }
}
