package org.fagai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A year passed to a message as a number would print with a thousands separator ("2,026年"): headings, badges and
 * buttons that name a year print it plain, in both languages.
 */
@FagaiIntegrationTest
class YearsWithoutSeparatorsTest {

    private static final Pattern HEADINGS = Pattern.compile("(?s)<(h1|h2|button|span class=\"badge)[^>]*>(.*?)</");
    private static final Pattern SEPARATED_YEAR = Pattern.compile("(?<![\\d,])(1,9\\d\\d|2,0\\d\\d)(?![\\d,])");

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/projects/rolling-plan?from=2026", "/projects/land?year=2026", "/business-environment/data?year=2025",
            "/business-environment/tasks?year=2025", "/prices"})
    void aPageNamingAYearPrintsItWithoutSeparators(String path) throws Exception {
        MockHttpSession admin = Sessions.signIn(mvc, "admin");
        for (String lang : List.of("zh_CN", "en")) {
            String page = mvc.perform(get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang).session(admin))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            List<String> separated = new ArrayList<>();
            Matcher texts = HEADINGS.matcher(page);
            while (texts.find()) {
                if (SEPARATED_YEAR.matcher(texts.group(2)).find()) {
                    separated.add(texts.group(2).strip());
                }
            }
            assertThat(separated).as(path + " in " + lang).isEmpty();
            assertThat(page).as(path + " names its year").containsPattern("20\\d\\d");
        }
    }
}
