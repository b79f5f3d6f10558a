package org.fagai.indicator.internal;

import org.fagai.Reads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The indicator catalogue's English names: seeded for the standard indicators, edited in the catalogue form, shown to an
 * English reader on pages, exports and the API (the Chinese name while none is set); Chinese readers and the brief keep
 * the Chinese name.
 */
@FagaiIntegrationTest
class IndicatorEnglishNameTest {

    @Autowired
    MockMvc mvc;

    private String api(String path) throws Exception {
        return Reads.api(mvc, "city", path);
    }

    private String page(String path, MockHttpSession session) throws Exception {
        return Reads.page(mvc, path, session);
    }

    @Test
    void theOverviewApisUnitsAndPeriodsReadInEnglishUnderEnglishAndAsBeforeInChinese() throws Exception {
        String overview = "/api/v1/indicators/overview?region=339900&period=2023-12";
        String english = api(overview + "&lang=en");
        assertThat((List<String>) JsonPath.read(english, "$[?(@.code == 'FAI')].unit")).containsExactly("100m CNY");
        assertThat((List<String>) JsonPath.read(english, "$[?(@.code == 'FAI')].period")).containsExactly("Jan–Dec 2023");
        assertThat((List<String>) JsonPath.read(english, "$[?(@.code == 'GDP')].period")).containsExactly("full year 2023");
        assertThat((List<String>) JsonPath.read(english, "$[*].unit")).noneMatch(u -> u.matches(".*\\p{IsHan}.*"));
        String chinese = api(overview + "&lang=zh_CN");
        assertThat((List<String>) JsonPath.read(chinese, "$[?(@.code == 'FAI')].unit")).containsExactly("亿元");
        assertThat((List<String>) JsonPath.read(chinese, "$[?(@.code == 'FAI')].period")).containsExactly("2023年1-12月");
        assertThat((List<String>) JsonPath.read(chinese, "$[?(@.code == 'GDP')].period")).containsExactly("2023年全年");
    }

    @Test
    void theStandardIndicatorsReadInEnglishOnTheApiPagesAndExportsAndInChineseForAChineseReader() throws Exception {
        String overview = "/api/v1/indicators/overview?region=339900&period=2023-12";
        assertThat((List<String>) JsonPath.read(api(overview + "&lang=en"), "$[?(@.code == 'GDP')].name"))
                .containsExactly("Gross regional product");
        assertThat((List<String>) JsonPath.read(api(overview + "&lang=zh_CN"), "$[?(@.code == 'GDP')].name"))
                .containsExactly("地区生产总值");
        assertThat((List<String>) JsonPath.read(api("/api/v1/indicators/comparison?parent=339900&period=2023-12&lang=en"),
                "$.rows[?(@.code == 'RETAIL')].name")).containsExactly("Total retail sales of consumer goods");
        assertThat((List<String>) JsonPath.read(api("/api/v1/indicators/targets?region=339900&year=2023&lang=en"),
                "$[*].indicatorName")).isNotEmpty().noneMatch(n -> n.matches(".*\\p{IsHan}.*"));
        assertThat((List<String>) JsonPath.read(api("/api/v1/indicators?lang=en"), "$[?(@.code == 'FAI')].englishName"))
                .containsExactly("Fixed-asset investment");

        MockHttpSession city = Sessions.signIn(mvc, "city");
        assertThat(page("/indicators?region=339900&period=2023-12&lang=en", city)).contains("Gross regional product")
                .doesNotContain("地区生产总值");
        assertThat(page("/indicators?region=339900&period=2023-12&lang=zh_CN", city)).contains("地区生产总值");
        assertThat(page("/indicators/catalogue?lang=en", city)).contains("Fixed-asset investment").doesNotContain("固定资产投资");
        assertThat(page("/indicators/GDP?region=339900&period=2023-12&lang=en", city)).contains("Gross regional product");

        byte[] english = mvc.perform(get("/indicators/export?region=339900&period=2023-12&lang=en").session(city))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(english))) {
            Row gdp = workbook.getFirstSheet().read().stream().filter(r -> "GDP".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(List.of(gdp.getCellText(1), gdp.getCellText(3))).containsExactly("Gross regional product", "100m CNY");
            assertThat(gdp.getCellText(2)).doesNotContainPattern("\\p{IsHan}");
        }
        byte[] chinese = mvc.perform(get("/indicators/export?region=339900&period=2023-12&lang=zh_CN").session(city))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(chinese))) {
            Row gdp = workbook.getFirstSheet().read().stream().filter(r -> "GDP".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(List.of(gdp.getCellText(1), gdp.getCellText(2), gdp.getCellText(3)))
                    .containsExactly("地区生产总值", "2023年全年", "亿元");
        }
    }

    @Test
    void theBriefRequestedInEnglishStillNamesTheIndicatorsInChinese() throws Exception {
        byte[] docx = mvc.perform(get("/api/v1/reports/economic-brief?region=339900&period=2023-12&lang=en")
                .with(httpBasic("leader", DEMO_PASSWORD))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(text).contains("地区生产总值2578亿元").doesNotContain("Gross regional product");
        }
    }

    @Test
    void anAdministratorSetsAnEnglishNameInTheCatalogueFormAndABlankOneFallsBackToTheChineseName() throws Exception {
        MockHttpSession admin = Sessions.signIn(mvc, "admin");
        for (String english : new String[] {"", "Language test indicator"}) {
            mvc.perform(post("/indicators/catalogue").session(admin).with(csrf()).param("code", "LANG_TEST").param("name", "语言测试指标")
                            .param("englishName", english).param("unit", "YI").param("frequency", "MONTHLY")
                            .param("growthSource", "COMPUTED").param("sortOrder", "990").param("januaryAlone", "false")
                            .param("levelComparable", "false").param("growthOnly", "false").param("additive", "true")
                            .param("inBrief", "false").param("enabled", "false"))
                    .andExpect(status().is3xxRedirection());
            String shown = english.isEmpty() ? "语言测试指标" : english;
            assertThat(page("/indicators/catalogue?lang=en", admin)).contains(">" + shown + "<");
            assertThat(page("/indicators/catalogue?lang=zh_CN", admin)).contains(">语言测试指标<").doesNotContain("Language test indicator");
        }
        assertThat(page("/indicators/catalogue/LANG_TEST?lang=en", admin)).contains("value=\"Language test indicator\"");
        mvc.perform(post("/indicators/catalogue").session(admin).with(csrf()).param("code", "LANG_TEST").param("name", "语言测试指标")
                        .param("englishName", "x".repeat(101)).param("unit", "YI").param("frequency", "MONTHLY")
                        .param("growthSource", "COMPUTED").param("sortOrder", "990").param("januaryAlone", "false")
                        .param("levelComparable", "false").param("growthOnly", "false").param("additive", "true")
                        .param("inBrief", "false").param("enabled", "false").param("existing", "LANG_TEST"))
                .andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("englishName")));
        assertThat((List<String>) JsonPath.read(api("/api/v1/indicators"), "$[?(@.code == 'LANG_TEST')].englishName"))
                .containsExactly("Language test indicator");
    }
}
