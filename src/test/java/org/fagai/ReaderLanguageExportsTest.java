package org.fagai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The list exports downloaded under English: titles, headers and the enum columns (states, channels, levels, groups)
 * with no Chinese; under Chinese the same titles and headers as always, the enums as their Chinese names, never codes.
 */
@FagaiIntegrationTest
class ReaderLanguageExportsTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private List<Row> sheet(String path, String language, MockHttpSession session) throws Exception {
        String url = path + (path.contains("?") ? "&" : "?") + "lang=" + language;
        byte[] bytes = mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            return workbook.getFirstSheet().read();
        }
    }

    /** A workbook streamed on another thread (the reader's language carried over to it). */
    private List<Row> streamed(String path, String language, MockHttpSession session) throws Exception {
        var result = mvc.perform(get(path + (path.contains("?") ? "&" : "?") + "lang=" + language).session(session))
                .andExpect(status().isOk()).andReturn();
        result.getAsyncResult(20_000);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            return workbook.getFirstSheet().read();
        }
    }

    private static List<String> headers(List<Row> rows) {
        return rows.get(1).stream().map(c -> c == null ? "" : c.getText()).toList();
    }

    private static Stream<String> column(List<Row> rows, int column) {
        return rows.stream().skip(2).map(r -> r.getCellText(column)).filter(Objects::nonNull).filter(c -> !c.isEmpty());
    }

    private static void english(List<Row> rows, int... enumColumns) {
        assertThat(rows.get(0).getCellText(0)).isNotBlank().doesNotContainPattern(HAN);
        assertThat(headers(rows)).isNotEmpty().noneMatch(h -> HAN.matcher(h).find());
        for (int c : enumColumns) {
            assertThat(column(rows, c)).as("column %d", c).isNotEmpty().noneMatch(v -> HAN.matcher(v).find());
        }
    }

    @Test
    void theEnterpriseModulesExportsAreEnglishUnderEnglishAndAsBeforeUnderChinese() throws Exception {
        MockHttpSession admin = Sessions.signIn(mvc, "admin");

        List<Row> demands = sheet("/demands/export", "en", admin);
        english(demands, 5, 6, 7);
        assertThat(headers(demands).subList(0, 8)).containsExactly("No.", "Enterprise", "Unified social credit code", "Category",
                "Demand", "Channel", "Urgency", "State");
        List<Row> demandsZh = sheet("/demands/export", "zh_CN", admin);
        assertThat(demandsZh.get(0).getCellText(0)).isEqualTo("企业诉求");
        assertThat(headers(demandsZh).subList(0, 8)).containsExactly("编号", "企业", "统一社会信用代码", "类别", "诉求内容", "来源", "紧急程度", "状态");
        assertThat(column(demandsZh, 5)).isNotEmpty().allMatch(List.of("走访", "企业账号", "热线")::contains);
        assertThat(column(demandsZh, 7)).isNotEmpty().allMatch(s -> HAN.matcher(s).find());

        List<Row> rates = sheet("/demands/rates/export?from=2020-01-01&to=2029-12-31", "en", admin);
        english(rates, 0);
        assertThat(rates.get(2).getCellText(0)).isEqualTo("Total");
        List<Row> ratesZh = sheet("/demands/rates/export?from=2020-01-01&to=2029-12-31", "zh_CN", admin);
        assertThat(ratesZh.get(0).getCellText(0)).isEqualTo("诉求三率");
        assertThat(headers(ratesZh).subList(0, 3)).containsExactly("分组", "名称", "诉求数");
        assertThat(column(ratesZh, 0)).contains("合计", "责任单位", "类别", "月份");

        List<Row> coverage = sheet("/enterprises/service/export?from=2020-01-01&to=2029-12-31&groupBy=flag", "en", admin);
        english(coverage, 0, 1);
        List<Row> coverageZh = sheet("/enterprises/service/export?from=2020-01-01&to=2029-12-31&groupBy=flag", "zh_CN", admin);
        assertThat(coverageZh.get(0).getCellText(0)).isEqualTo("走访覆盖率（2020-01-01 至 2029-12-31）");
        assertThat(headers(coverageZh)).containsExactly("分组", "名称", "服务包企业数", "已走访企业数", "走访覆盖率");
        assertThat(column(coverageZh, 0).skip(1)).allMatch("企业标识"::equals);

        List<Row> notVisited = sheet("/enterprises/service/not-visited/export?from=2000-01-01&to=2000-03-31", "en", admin);
        english(notVisited);
        assertThat(headers(sheet("/enterprises/service/not-visited/export?from=2000-01-01&to=2000-03-31", "zh_CN", admin)))
                .startsWith("企业名称", "统一社会信用代码", "乡镇街道");

        String month = jdbc.sql("""
                        SELECT to_char(max(i.inspected_on), 'YYYY-MM') FROM safety_hazard h
                        JOIN safety_inspection i ON i.id = h.inspection_id WHERE h.region_code LIKE '3399%'""")
                .query(String.class).single();
        List<Row> hazards = sheet("/safety/export?month=" + month, "en", admin);
        english(hazards, 5, 6);
        List<Row> hazardsZh = sheet("/safety/export?month=" + month, "zh_CN", admin);
        assertThat(hazardsZh.get(0).getCellText(0)).isEqualTo(month + " 安全生产检查隐患");
        assertThat(headers(hazardsZh).subList(4, 7)).containsExactly("隐患描述", "等级", "状态");
        assertThat(column(hazardsZh, 5)).isNotEmpty().allMatch(List.of("一般", "重大")::contains);

        List<Row> petitions = sheet("/petitions/export", "en", admin);
        english(petitions, 6);
        List<Row> petitionsZh = sheet("/petitions/export", "zh_CN", admin);
        assertThat(petitionsZh.get(0).getCellText(0)).isEqualTo("信访件");
        assertThat(headers(petitionsZh).subList(0, 7)).containsExactly("编号", "信访人", "企业", "统一社会信用代码", "地区", "信访事项", "状态");
        assertThat(column(petitionsZh, 6)).isNotEmpty().allMatch(List.of("待受理", "办理中", "不予受理", "已答复")::contains);
    }

    @Test
    void thePriceAndCertificationWorkbooksAreEnglishUnderEnglishAndAsBeforeUnderChinese() throws Exception {
        MockHttpSession admin = Sessions.signIn(mvc, "admin");
        List<Row> certifications = streamed("/prices/certifications/export", "en", admin);
        english(certifications, 1, 7);
        assertThat(column(certifications, 10)).noneMatch(v -> HAN.matcher(v).find());
        List<Row> certificationsZh = streamed("/prices/certifications/export", "zh_CN", admin);
        assertThat(certificationsZh.get(0).getCellText(0)).isEqualTo("价格认证");
        assertThat(headers(certificationsZh)).containsExactly("案件编号", "委托机关类别", "委托机关", "认定标的", "委托日期", "时限（工作日）",
                "期限", "状态", "认定文书号", "办结日期", "按期");

        List<Row> prices = streamed("/prices/export", "en", admin);
        assertThat(prices.get(0).getCellText(0)).isEqualTo("Price monitoring");
        assertThat(headers(prices)).noneMatch(h -> HAN.matcher(h).find());
        List<Row> pricesZh = streamed("/prices/export", "zh_CN", admin);
        assertThat(pricesZh.get(0).getCellText(0)).isEqualTo("价格监测");
        assertThat(headers(pricesZh)).containsExactly("类别", "代码", "商品", "单位", "均价（元）", "上期日期", "环比（%）", "同比（%）", "预警");

        List<Row> actions = streamed("/planning/actions/export", "en", admin);
        assertThat(actions.get(0).getCellText(0)).isEqualTo("Special actions");
        assertThat(headers(actions)).noneMatch(h -> HAN.matcher(h).find());
        assertThat(headers(streamed("/planning/actions/export", "zh_CN", admin)))
                .containsExactly("年度", "地区", "专项行动", "指标数", "已完成指标", "任务数", "已办结任务");

        List<Row> population = streamed("/planning/population/export?year=2026", "en", admin);
        english(population, 5);
        List<Row> populationZh = streamed("/planning/population/export?year=2026", "zh_CN", admin);
        assertThat(populationZh.get(0).getCellText(0)).isEqualTo("人口调控");
        assertThat(headers(populationZh).subList(0, 7)).containsExactly("排名", "乡镇街道代码", "乡镇街道", "目标（人）", "常住人口（人）", "期间", "差距（人）");
        assertThat(column(populationZh, 5)).isNotEmpty().allMatch(p -> p.equals("全年") || p.matches("\\d季度"));
    }
}
