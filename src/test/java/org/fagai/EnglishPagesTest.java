package org.fagai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Sentences the server composes from figures read in the user's language: English words around locale-free figures. */
@FagaiIntegrationTest
class EnglishPagesTest {

    @Autowired
    MockMvc mvc;

    private String page(String path, String lang, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).param("lang", lang).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String element(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("#" + id).isPositive();
        return html.substring(html.indexOf('>', start) + 1, html.indexOf("</", start));
    }

    @Test
    void theKeyProjectSummarySentenceIsEnglishUnderEnglishAndTheSeedsSentenceUnderChinese() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        String english = element(page("/projects/dashboard", "en", city), "summary-text");
        assertThat(english).matches("In \\d{4}, \\d+ key projects( \\(\\w+\\))? are under way, with a total investment of [\\d,.]+ × 100m CNY\\."
                + " Of them, \\d+ are new projects, with a total investment of [\\d,.]+ × 100m CNY\\.");
        String chinese = element(page("/projects/dashboard", "zh_CN", city), "summary-text");
        assertThat(chinese).matches("\\d{4}年实施.*重点项目\\d+个，总投资[\\d.]+亿元。其中，新建项目\\d+个，总投资[\\d.]+亿元。");
    }

    @Test
    void periodsUnitsAndMonthsOfTheEconomicAndSupervisionPagesReadInEnglish() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        String overview = page("/indicators", "en", city);
        assertThat(element(overview, "overview-title")).matches("Economic overview of .+ \\((Jan|Jan–\\w{3}) \\d{4}\\)");
        assertThat(overview).doesNotContainPattern(">\\d{4}年(1-\\d+月|全年|1月)<");
        assertThat(page("/indicators/catalogue", "en", city)).contains(">100m CNY<").doesNotContain(">亿元<");
        assertThat(page("/indicators/catalogue", "zh_CN", city)).contains(">亿元<");
        String stats = page("/supervision/stats", "en", city);
        assertThat(stats).containsPattern(">(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)<").doesNotContainPattern(">\\d{1,2}月<")
                .doesNotContain("&quot;5月&quot;", "&quot;12月&quot;");
        assertThat(element(page("/enterprises/service", "en", city), "coverage-sentence"))
                .matches("\\d+ service-package enterprises, \\d+ visited: visit coverage [\\d.]+%|No enterprise in a service package yet");
    }

    @Test
    void theFundsAccountNamesItsYearWithoutAThousandsSeparatorAndItsSentenceTheEnglishUnit() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        String english = page("/funds", "en", city);
        assertThat(english).containsPattern("Funds account \\d{4}, ").doesNotContain("亿元");
        assertThat(element(english, "funds-sentence")).contains("× 100m CNY");
        assertThat(page("/funds", "zh_CN", city)).containsPattern(">\\d{4}年[^<]*资金争取台账<");
    }
}
