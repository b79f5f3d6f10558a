package org.fagai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Names other modules carry in their views and exports read in the reader's language: energy types and units, the
 * assessment grades, demand categories and rate groups, a lead's key-project stage; Chinese as before under Chinese.
 */
@FagaiIntegrationTest
class ReaderLanguageNamesTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;

    private String api(String path) throws Exception {
        return Reads.api(mvc, "admin", path);
    }

    private String page(String path, MockHttpSession session) throws Exception {
        return Reads.page(mvc, path, session);
    }

    @Test
    void anEnergyReportsTypesAndUnitsAndTheFactorTableAreEnglishUnderEnglish() throws Exception {
        long id = jdbc.sql("SELECT report_id FROM energy_report_item ORDER BY report_id LIMIT 1").query(Long.class).single();
        String english = api("/api/v1/energy/reports/" + id + "?lang=en");
        List<String> names = JsonPath.read(english, "$.items[*].name");
        List<String> units = JsonPath.read(english, "$.items[*].unit");
        assertThat(names).isNotEmpty().noneMatch(n -> HAN.matcher(n).find());
        assertThat(units).isNotEmpty().noneMatch(u -> HAN.matcher(u).find());
        List<String> chinese = JsonPath.read(api("/api/v1/energy/reports/" + id + "?lang=zh_CN"), "$.items[*].name");
        assertThat(chinese).allMatch(n -> HAN.matcher(n).find());

        MockHttpSession admin = Sessions.signIn(mvc, "admin");
        assertThat(page("/energy/factors?lang=en", admin)).contains("Raw coal", "Natural gas").doesNotContain("原煤", "天然气");
        assertThat(page("/energy/factors?lang=zh_CN", admin)).contains("原煤", "天然气");
    }

    @Test
    void theAssessmentWorkbookNamesItsGradesAndHeadersInTheReadersLanguage() throws Exception {
        MockHttpSession admin = Sessions.signIn(mvc, "admin");
        List<String> grades = List.of("Exceeded", "Completed", "Basically completed", "Not completed");
        try (ReadableWorkbook english = workbook(mvc.perform(get("/energy/assessments/export?year=2023&lang=en").session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())) {
            List<Row> rows = english.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).doesNotContainPattern(HAN);
            assertThat(List.of(rows.get(1).getCellText(0), rows.get(1).getCellText(4))).containsExactly("Year", "Grade");
            assertThat(rows.stream().skip(2).map(r -> r.getCellText(4))).isNotEmpty().allMatch(grades::contains);
        }
        try (ReadableWorkbook chinese = workbook(mvc.perform(get("/energy/assessments/export?year=2023&lang=zh_CN").session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())) {
            List<Row> rows = chinese.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("节能目标责任考核结果");
            assertThat(List.of(rows.get(1).getCellText(0), rows.get(1).getCellText(1), rows.get(1).getCellText(2),
                    rows.get(1).getCellText(3), rows.get(1).getCellText(4), rows.get(1).getCellText(5)))
                    .containsExactly("年度", "考核对象", "代码", "综合得分", "考核等级", "公布日期");
            assertThat(rows.stream().skip(2).map(r -> r.getCellText(4))).isNotEmpty()
                    .allMatch(List.of("超额完成", "完成", "基本完成", "未完成")::contains);
        }
    }

    @Test
    void theEnergyListsWorkbooksHaveEnglishTitlesHeadersLevelsAndWarningsUnderEnglish() throws Exception {
        MockHttpSession admin = Sessions.signIn(mvc, "admin");
        for (String list : new String[] {"reports", "reviews", "checks"}) {
            try (ReadableWorkbook english = workbook(mvc.perform(get("/energy/" + list + "/export?lang=en").session(admin))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())) {
                List<Row> rows = english.getFirstSheet().read();
                assertThat(rows.get(0).getCellText(0)).doesNotContainPattern(HAN);
                assertThat(rows.get(1).stream().map(c -> c == null ? "" : c.getText())).noneMatch(h -> HAN.matcher(h).find());
                if (list.equals("reviews")) {
                    assertThat(rows.stream().skip(2).flatMap(r -> java.util.stream.Stream.of(r.getCellText(6), r.getCellText(7),
                            r.getCellText(14)))).isNotEmpty().noneMatch(c -> HAN.matcher(c).find());
                }
            }
        }
        try (ReadableWorkbook chinese = workbook(mvc.perform(get("/energy/reviews/export?lang=zh_CN").session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())) {
            List<Row> rows = chinese.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("节能审查清单");
            assertThat(List.of(rows.get(1).getCellText(0), rows.get(1).getCellText(6), rows.get(1).getCellText(14)))
                    .containsExactly("项目代码", "审查层级", "预警");
            assertThat(rows.stream().skip(2).map(r -> r.getCellText(6))).isNotEmpty()
                    .allMatch(List.of("省级审查", "地方审查", "不单独审查")::contains);
        }
    }

    @Test
    void aDemandsCategoryAndTheRatesGroupsReadInTheReadersLanguage() throws Exception {
        Map<String, Object> demand = jdbc.sql("SELECT id, category FROM enterprise_demand ORDER BY id LIMIT 1").query().singleRow();
        String key = "enterprise.demand.category." + demand.get("category");
        assertThat((String) JsonPath.read(api("/api/v1/demands/" + demand.get("id") + "?lang=en"), "$.categoryName"))
                .isEqualTo(messages.getMessage(key, null, Locale.ENGLISH));
        assertThat((String) JsonPath.read(api("/api/v1/demands/" + demand.get("id") + "?lang=zh_CN"), "$.categoryName"))
                .isEqualTo(messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE));

        String english = api("/api/v1/demands/rates?from=2020-01-01&to=2029-12-31&lang=en");
        List<String> categories = JsonPath.read(english, "$.byCategory[*].label");
        assertThat(categories).isNotEmpty().noneMatch(c -> HAN.matcher(c).find());
        assertThat((String) JsonPath.read(english, "$.total.label")).isEqualTo("Total");
        assertThat((String) JsonPath.read(api("/api/v1/demands/rates?from=2020-01-01&to=2029-12-31&lang=zh_CN"), "$.total.label"))
                .isEqualTo("合计");
    }

    @Test
    void aLeadsKeyProjectShowsItsStageInTheReadersLanguage() throws Exception {
        Map<String, Object> lead = jdbc.sql("""
                SELECT l.id, p.stage FROM attraction_lead l JOIN project p ON p.code = l.project_code ORDER BY l.id LIMIT 1""")
                .query().singleRow();
        String key = "project.stage." + lead.get("stage");
        MockHttpSession admin = Sessions.signIn(mvc, "admin");
        String english = page("/attraction/leads/" + lead.get("id") + "?lang=en", admin);
        assertThat(english).contains(" · " + messages.getMessage(key, null, Locale.ENGLISH) + " · ");
        String chinese = page("/attraction/leads/" + lead.get("id") + "?lang=zh_CN", admin);
        assertThat(chinese).contains(" · " + messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE) + " · ");
    }

    @Test
    void theLeadsWorkbookWrittenOnAnotherThreadIsEnglishUnderEnglishAndAsBeforeInChinese() throws Exception {
        MockHttpSession admin = Sessions.signIn(mvc, "admin");
        for (String language : new String[] {"en", "zh_CN"}) {
            var result = mvc.perform(get("/attraction/leads/export?lang=" + language).session(admin)).andExpect(status().isOk()).andReturn();
            result.getAsyncResult(20_000);
            try (ReadableWorkbook workbook = workbook(result.getResponse().getContentAsByteArray())) {
                List<Row> rows = workbook.getFirstSheet().read();
                if (language.equals("en")) {
                    assertThat(rows.get(0).getCellText(0)).isEqualTo("Investment leads");
                    assertThat(rows.get(1).stream().map(c -> c == null ? "" : c.getText())).noneMatch(h -> HAN.matcher(h).find());
                    assertThat(rows.stream().skip(2).filter(r -> !r.getCellText(7).isEmpty()).map(r -> r.getCellText(2) + r.getCellText(7)
                            + r.getCellText(10))).isNotEmpty().noneMatch(c -> HAN.matcher(c).find());
                } else {
                    assertThat(rows.get(0).getCellText(0)).isEqualTo("招商线索");
                    assertThat(List.of(rows.get(1).getCellText(0), rows.get(1).getCellText(2), rows.get(1).getCellText(7)))
                            .containsExactly("投资方", "来源地", "阶段");
                    assertThat(rows.stream().skip(2).map(r -> r.getCellText(2)).filter(o -> !o.isEmpty()))
                            .isNotEmpty().allMatch(List.of("市外", "省外", "境外")::contains);
                }
            }
        }
    }

    private static ReadableWorkbook workbook(byte[] bytes) throws Exception {
        return new ReadableWorkbook(new ByteArrayInputStream(bytes));
    }
}
