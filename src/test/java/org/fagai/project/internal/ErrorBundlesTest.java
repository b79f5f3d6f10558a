package org.fagai.project.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every error sentence of the project, funds and planning modules reads in both languages and formats with its arguments. */
class ErrorBundlesTest {

    private static Properties bundle(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = ErrorBundlesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"project", "funds", "planning"})
    void everyErrorKeyIsInBothLanguagesAndFormatsWithPlaceholderArguments(String module) throws Exception {
        Properties chinese = bundle(module);
        Properties english = bundle(module + "_en");
        var keys = chinese.stringPropertyNames().stream().filter(k -> k.startsWith(module + ".error.")).sorted().toList();
        assertThat(keys).isNotEmpty();
        Object[] args = {"A", "B", "C", "D"};
        for (String key : keys) {
            assertThat(english.getProperty(key)).as(key).isNotBlank().doesNotContainPattern("\\p{IsHan}");
            String zh = new MessageFormat(chinese.getProperty(key), Locale.SIMPLIFIED_CHINESE).format(args);
            String en = new MessageFormat(english.getProperty(key), Locale.ENGLISH).format(args);
            assertThat(zh).as(key).doesNotContain("{");
            assertThat(en).as(key).doesNotContain("{").doesNotContain("''");
        }
    }
}
