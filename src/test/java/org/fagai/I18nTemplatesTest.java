package org.fagai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text a user reads comes from the message bundles, in both languages. */
class I18nTemplatesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern WORDS = Pattern.compile("[A-Za-z\\u4e00-\\u9fff]");
    private static final Pattern TEXT_ATTRIBUTE = Pattern.compile("\\s(placeholder|title|alt|aria-label)=\"([^\"]*)\"");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template);
            String withoutCode = html.replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<script.*?</script>", "")
                    .replaceAll("(?s)<style.*?</style>", "");
            for (String text : withoutCode.replaceAll("(?s)<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", "\n").split("\n")) {
                if (WORDS.matcher(text).find()) {
                    offences.add(template.getFileName() + ": text \"" + text.strip() + "\"");
                }
            }
            Matcher attributes = TEXT_ATTRIBUTE.matcher(withoutCode);
            while (attributes.find()) {
                if (WORDS.matcher(attributes.group(2)).find()) {
                    offences.add(template.getFileName() + ": " + attributes.group(1) + "=\"" + attributes.group(2) + "\"");
                }
            }
        }
        assertThat(offences).as("hard-coded texts; use th:text=\"#{key}\"").isEmpty();
    }

    @Test
    void noTemplateInsertsUnescapedText() throws IOException {
        List<String> unescaped = new ArrayList<>();
        for (Path template : templates()) {
            if (Files.readString(template).contains("th:utext")) {
                unescaped.add(template.getFileName().toString());
            }
        }
        assertThat(unescaped).as("th:utext; use th:text, th:each over a model").isEmpty();
    }

    @Test
    void everyKeyATemplateUsesExistsInBothLanguages() throws IOException {
        Properties chinese = allBundles("");
        Properties english = allBundles("_en");
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
            while (keys.find()) {
                if (!chinese.containsKey(keys.group(1)) || !english.containsKey(keys.group(1))) {
                    missing.add(template.getFileName() + ": " + keys.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        for (String base : baseNames()) {
            Set<String> chinese = new TreeSet<>(bundle(base + ".properties").stringPropertyNames());
            Set<String> english = new TreeSet<>(bundle(base + "_en.properties").stringPropertyNames());
            assertThat(english).as(base).containsExactlyElementsOf(chinese);
        }
    }

    @Test
    void everyBundleIsConfiguredAndNoKeyIsDefinedTwice() throws IOException {
        Properties application = bundle("application.properties");
        assertThat(List.of(application.getProperty("spring.messages.basename").split(",")))
                .containsExactlyInAnyOrderElementsOf(baseNames());
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String base : baseNames()) {
            for (String key : bundle(base + ".properties").stringPropertyNames()) {
                if (!seen.add(key)) {
                    twice.add(base + ": " + key);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void theChineseBundleIsChinese() throws IOException {
        Properties chinese = bundle("messages.properties");
        assertThat(chinese.getProperty("app.name")).isEqualTo("发改工作平台");
        assertThat(chinese.getProperty("nav.audit")).isEqualTo("审计日志");
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** "messages", then "i18n/{module}": the base names of the Chinese bundles (each has an _en twin). */
    private static List<String> baseNames() throws IOException {
        List<String> names = new ArrayList<>(List.of("messages"));
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .sorted().forEach(n -> names.add("i18n/" + n.substring(0, n.length() - ".properties".length())));
        }
        return names;
    }

    private static Properties allBundles(String suffix) throws IOException {
        Properties all = new Properties();
        for (String base : baseNames()) {
            all.putAll(bundle(base + suffix + ".properties"));
        }
        return all;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources", name)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
