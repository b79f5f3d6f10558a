package org.fagai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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

    /** A downloaded workbook: its file name (Content-Disposition) and every sheet by name, in order. */
    private record Download(String fileName, List<String> sheetNames, List<List<Row>> sheets) {

        List<Row> rows() {
            return sheets.get(0);
        }
    }

    /** Any download (page or API, written on the request's thread or streamed) under {@code language}. */
    private Download download(MockHttpServletRequestBuilder request, String language) throws Exception {
        MvcResult result = mvc.perform(request.param("lang", language)).andExpect(status().isOk()).andReturn();
        if (result.getRequest().isAsyncStarted()) {
            result.getAsyncResult(20_000);
        }
        String fileName = ContentDisposition.parse(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).getFilename();
        List<String> names = new ArrayList<>();
        List<List<Row>> sheets = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            for (var sheet : workbook.getSheets().toList()) {
                names.add(sheet.getName());
                sheets.add(sheet.read());
            }
        }
        return new Download(fileName, names, sheets);
    }

    private MockHttpServletRequestBuilder api(String path) {
        return get(path).with(httpBasic("city", FagaiIntegrationTest.DEMO_PASSWORD));
    }

    private static boolean han(String s) {
        return s != null && HAN.matcher(s).find();
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

    @Test
    void theAttractionWorkbooksAreEnglishUnderEnglishAndAsBeforeUnderChinese() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        Download trips = download(get("/attraction/trips/export?year=2023").session(city), "en");
        assertThat(trips.fileName()).isEqualTo("investment-promotion-trips.xlsx");
        english(trips.rows(), 3);
        assertThat(column(trips.rows(), 3)).allMatch(List.of("Yes", "No", "Total")::contains);
        assertThat(trips.rows().get(trips.rows().size() - 1).getCellText(0)).isEqualTo("Total");
        Download tripsZh = download(get("/attraction/trips/export?year=2023").session(city), "zh_CN");
        assertThat(tripsZh.fileName()).isEqualTo("外出招商.xlsx");
        assertThat(tripsZh.rows().get(0).getCellText(0)).isEqualTo("外出招商");
        assertThat(headers(tripsZh.rows())).containsExactly("开始日期", "结束日期", "地区", "党政主要领导带队", "带队领导", "目的地", "团组成员",
                "拜访企业和机构", "产生线索（条）");
        assertThat(column(tripsZh.rows(), 3)).isNotEmpty().allMatch(List.of("是", "否")::contains);
        assertThat(tripsZh.rows().get(tripsZh.rows().size() - 1).getCellText(0)).isEqualTo("合计");

        Download negotiations = download(get("/attraction/negotiations/export?year=2023").session(city), "en");
        assertThat(negotiations.fileName()).isEqualTo("negotiations.xlsx");
        english(negotiations.rows());
        Download negotiationsZh = download(get("/attraction/negotiations/export?year=2023").session(city), "zh_CN");
        assertThat(negotiationsZh.fileName()).isEqualTo("洽谈会.xlsx");
        assertThat(headers(negotiationsZh.rows())).containsExactly("日期", "地区", "洽谈主题", "参加人员", "洽谈线索", "洽谈结果", "下一步");

        Download events = download(get("/attraction/events/export?year=2023").session(city), "en");
        assertThat(events.fileName()).isEqualTo("signing-events.xlsx");
        english(events.rows(), 2, 3);
        Download eventsZh = download(get("/attraction/events/export?year=2023").session(city), "zh_CN");
        assertThat(eventsZh.fileName()).isEqualTo("签约活动.xlsx");
        assertThat(headers(eventsZh.rows())).containsExactly("日期", "活动名称", "级别", "省级以上", "主办单位", "地点", "参加地区",
                "签约项目（个）", "签约金额（万元）");
        assertThat(column(eventsZh.rows(), 2).filter(v -> !v.equals("合计"))).isNotEmpty()
                .allMatch(List.of("国家级", "省级", "市级", "区县级")::contains);

        Download report = download(get("/attraction/report?month=2023-12&region=339900").session(city), "en");
        assertThat(report.rows().get(0).getCellText(0)).startsWith("Investment promotion monthly report of ");
        assertThat(report.fileName()).startsWith("investment-promotion-monthly-report-");
        assertThat(headers(report.rows())).isNotEmpty().noneMatch(ReaderLanguageExportsTest::han);
        assertThat(report.rows()).anyMatch(r -> "Total".equals(r.getCellText(0)));
        Download reportZh = download(get("/attraction/report?month=2023-12&region=339900").session(city), "zh_CN");
        String title = reportZh.rows().get(0).getCellText(0);
        assertThat(title).startsWith("示范市招商引资工作月报（").contains("2023年");
        assertThat(reportZh.fileName()).isEqualTo(title + ".xlsx");
        assertThat(headers(reportZh.rows())).startsWith("地区", "外出招商（次）", "洽谈会（次）", "省级以上签约活动（次）").endsWith("资金到位率（%）");
        assertThat(reportZh.rows()).anyMatch(r -> "合计".equals(r.getCellText(0)));
    }

    @Test
    void thePolicyOfferLivelihoodAndPlanWorkbooksAreEnglishUnderEnglishAndAsBeforeUnderChinese() throws Exception {
        Download policies = download(api("/api/v1/policies/export"), "en");
        assertThat(policies.fileName()).isEqualTo("policies.xlsx");
        english(policies.rows());
        Download policiesZh = download(api("/api/v1/policies/export"), "zh_CN");
        assertThat(policiesZh.fileName()).isEqualTo("政策兑现清单.xlsx");
        assertThat(policiesZh.rows().get(0).getCellText(0)).isEqualTo("政策兑现清单");
        assertThat(headers(policiesZh.rows())).containsExactly("政策名称", "发布单位", "文号", "地区代码", "年度", "企业标识条件", "企业规模条件",
                "行业条件", "免申即享", "最高兑现额度（万元）", "有效期自", "有效期至");

        String enterprise = jdbc.sql("SELECT credit_code FROM enterprise WHERE region_code LIKE '339903%' ORDER BY credit_code LIMIT 1")
                .query(String.class).single();
        mvc.perform(post("/api/v1/innovation-platforms").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"语言测试工程研究中心","kind":"ENGINEERING_RESEARCH_CENTER","level":"CITY","field":"新材料","creditCode":"%s"}"""
                        .formatted(enterprise))
                .with(httpBasic("city", FagaiIntegrationTest.DEMO_PASSWORD))).andExpect(status().isCreated());
        Download platforms = download(api("/api/v1/innovation-platforms/export"), "en");
        assertThat(platforms.fileName()).isEqualTo("innovation-platforms.xlsx");
        english(platforms.rows(), 1, 2, 7);
        Download platformsZh = download(api("/api/v1/innovation-platforms/export"), "zh_CN");
        assertThat(platformsZh.rows().get(0).getCellText(0)).isEqualTo("创新平台储备库");
        assertThat(headers(platformsZh.rows())).startsWith("平台名称", "平台类型", "级别", "技术领域");
        assertThat(platformsZh.rows()).anyMatch(r -> "语言测试工程研究中心".equals(r.getCellText(0))
                && "工程研究中心".equals(r.getCellText(1)) && "市级".equals(r.getCellText(2)));

        mvc.perform(post("/api/v1/investment-offers").contentType(MediaType.APPLICATION_JSON).content("""
                        {"title":"语言测试推介项目","regionCode":"339903","sector":"WATER","totalInvestment":52000,"mode":"FRANCHISE",
                         "contactName":"孙工","contactPhone":"0579-88000000"}""")
                .with(httpBasic("city", FagaiIntegrationTest.DEMO_PASSWORD))).andExpect(status().isCreated());
        Download offers = download(api("/api/v1/investment-offers/export"), "en");
        assertThat(offers.fileName()).isEqualTo("private-investment-offers.xlsx");
        english(offers.rows(), 3, 5, 8);
        assertThat(offers.rows().get(offers.rows().size() - 1).getCellText(0)).isEqualTo("Total");
        Download offersZh = download(api("/api/v1/investment-offers/export"), "zh_CN");
        assertThat(offersZh.fileName()).isEqualTo("民间投资推介项目.xlsx");
        assertThat(offersZh.rows().get(0).getCellText(0)).isEqualTo("民间投资推介项目");
        assertThat(headers(offersZh.rows())).containsExactly("项目名称", "重点项目代码", "地区", "行业领域", "总投资（万元）", "合作方式", "联系人",
                "联系电话", "状态", "发布日期", "投资意向（个）");
        assertThat(offersZh.rows()).anyMatch(r -> "语言测试推介项目".equals(r.getCellText(0)) && "水利".equals(r.getCellText(3))
                && "特许经营".equals(r.getCellText(5)) && "草稿".equals(r.getCellText(8)));

        MockHttpSession admin = Sessions.signIn(mvc, "admin");
        Download livelihood = download(get("/planning/livelihood/export?year=2025").session(admin), "en");
        assertThat(livelihood.fileName()).startsWith("livelihood-index-2025");
        english(livelihood.rows());
        Download livelihoodZh = download(get("/planning/livelihood/export?year=2025").session(admin), "zh_CN");
        assertThat(livelihoodZh.fileName()).isEqualTo("七有五性指数2025年度.xlsx");
        assertThat(livelihoodZh.rows().get(0).getCellText(0)).isEqualTo("七有五性");
        assertThat(headers(livelihoodZh.rows())).startsWith("排名", "地区", "总指数", "幼有所育").endsWith("安全性", "未报送指标数");

        long plan = jdbc.sql("SELECT min(id) FROM planning_plan").query(Long.class).single();
        Download indicators = download(get("/planning/plans/" + plan + "/export?year=2025").session(admin), "en");
        assertThat(indicators.rows().get(0).getCellText(0)).isEqualTo("Plan indicators");
        assertThat(indicators.fileName()).endsWith("-indicator-progress-2025.xlsx");
        assertThat(headers(indicators.rows())).noneMatch(ReaderLanguageExportsTest::han);
        assertThat(column(indicators.rows(), 3)).isNotEmpty().allMatch(List.of("Binding", "Indicative")::contains);
        assertThat(column(indicators.rows(), 14)).isNotEmpty().noneMatch(ReaderLanguageExportsTest::han);
        Download indicatorsZh = download(get("/planning/plans/" + plan + "/export?year=2025").session(admin), "zh_CN");
        assertThat(indicatorsZh.fileName()).endsWith("指标进度2025.xlsx");
        assertThat(headers(indicatorsZh.rows())).containsExactly("类别", "代码", "指标", "属性", "单位", "目标类型", "规划目标", "基期值",
                "目标年值", "实际年份", "实际值", "进度目标值", "实际年均增速/累计变化（%）", "进度要求（%）", "评估");
        assertThat(column(indicatorsZh.rows(), 3)).isNotEmpty().allMatch(List.of("约束性", "预期性")::contains);
    }

    @Test
    void theProjectExportsAreNamedInTheReadersLanguageAndKeepTheirChineseImportColumns() throws Exception {
        Download projects = download(api("/api/v1/projects/export?year=2023"), "en");
        assertThat(projects.fileName()).isEqualTo("key-projects.xlsx");
        assertThat(projects.sheetNames()).startsWith("Key projects", "Instructions");
        assertThat(headers(projects.rows())).startsWith("项目代码", "项目名称", "计划年度");
        assertThat(download(api("/api/v1/projects/export?year=2023"), "zh_CN").fileName()).isEqualTo("重点项目.xlsx");
        assertThat(download(api("/api/v1/projects/land-demand/export?year=2023"), "en").fileName())
                .isEqualTo("key-project-land-demand-2023.xlsx");
        assertThat(download(api("/api/v1/projects/land-demand/export?year=2023"), "zh_CN").fileName()).isEqualTo("2023年重点项目用地需求.xlsx");
        assertThat(download(api("/api/v1/projects/rolling-plan/export?from=2039"), "en").fileName())
                .isEqualTo("three-year-rolling-investment-plan-2039.xlsx");
        assertThat(download(api("/api/v1/projects/rolling-plan/export?from=2039"), "zh_CN").fileName()).isEqualTo("2039年三年滚动投资计划.xlsx");
    }

    @Test
    void theImportTemplatesExplainTheirColumnsInTheReadersLanguageAndKeepTheColumnsTheImportReads() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        Download project = download(get("/projects/import/template/project").session(city), "en");
        assertThat(project.fileName()).isEqualTo("key-project-import-template.xlsx");
        assertThat(project.sheetNames()).containsExactly("Key projects", "Instructions", "Options");
        assertThat(headers0(project.rows())).startsWith("项目代码", "项目名称", "计划年度", "项目级别");
        List<Row> help = project.sheets().get(1);
        assertThat(help.get(0).getCellText(0)).isEqualTo("Column");
        assertThat(help.get(0).getCellText(1)).isEqualTo("What to enter");
        assertThat(help.stream().skip(1).map(r -> r.getCellText(1))).hasSize(17).noneMatch(ReaderLanguageExportsTest::han);

        Download projectZh = download(get("/projects/import/template/project").session(city), "zh_CN");
        assertThat(projectZh.fileName()).isEqualTo("重点项目导入模板.xlsx");
        assertThat(projectZh.sheetNames()).containsExactly("重点项目", "填写说明", "选项");
        List<Row> helpZh = projectZh.sheets().get(1);
        assertThat(helpZh.get(0).getCellText(0)).isEqualTo("列名");
        assertThat(helpZh.get(1).getCellText(0)).isEqualTo("项目代码");
        assertThat(helpZh.get(2).getCellText(1)).isEqualTo("必填，不超过200字");
        assertThat(headers0(projectZh.rows())).isEqualTo(headers0(project.rows()));

        Download progress = download(api("/api/v1/projects/progress/import"), "en");
        assertThat(progress.sheets().get(1).stream().skip(1).map(r -> r.getCellText(1))).hasSize(8).noneMatch(ReaderLanguageExportsTest::han);
        assertThat(download(api("/api/v1/projects/progress/import"), "zh_CN").sheets().get(1).get(1).getCellText(1))
                .isEqualTo("必填，已登记的项目代码");

        assertThat(progress.sheetNames()).startsWith("Monthly progress", "Instructions");
        assertThat(download(api("/api/v1/projects/progress/import"), "zh_CN").sheetNames()).startsWith("月度进度", "填写说明");

        // Every importer reads the first sheet whatever its name (SheetReader), so the data sheet is named in the reader's language.
        Map<String, List<String>> templates = Map.of(
                "/api/v1/enterprises/import", List.of("企业库导入模板.xlsx", "企业库", "Enterprises"),
                "/api/v1/energy/reports/import", List.of("能耗月报导入模板.xlsx", "能耗月报", "Energy monthly reports"),
                "/api/v1/indicators/values/import", List.of("经济运行数据导入模板.xlsx", "经济运行数据", "Economic data"),
                "/api/v1/prices/import", List.of("价格导入模板.xlsx", "价格", "Prices"),
                "/api/v1/population/actuals/import", List.of("常住人口导入模板.xlsx", "常住人口", "Resident population"));
        for (String path : templates.keySet()) {
            Download english = download(api(path), "en");
            assertThat(english.fileName()).as(path).endsWith("-import-template.xlsx").doesNotContainPattern(HAN);
            assertThat(english.sheetNames()).as(path).startsWith(templates.get(path).get(2), "Instructions");
            assertThat(english.sheets().get(1).get(1).getCellText(1)).as(path).isNotBlank().doesNotContainPattern(HAN);
            Download chinese = download(api(path), "zh_CN");
            assertThat(chinese.fileName()).as(path).isEqualTo(templates.get(path).get(0));
            assertThat(chinese.sheetNames()).as(path).startsWith(templates.get(path).get(1), "填写说明");
            assertThat(headers0(chinese.rows())).as(path).isEqualTo(headers0(english.rows()));
        }
        assertThat(download(get("/credit/blacklist/template").session(city), "en").sheetNames()).startsWith("Dishonesty list", "Instructions");
        assertThat(download(get("/credit/blacklist/template").session(city), "zh_CN").sheetNames()).startsWith("失信名单", "填写说明");
        assertThat(download(get("/credit/disclosures/template?type=PENALTY").session(city), "en").sheetNames()).startsWith("Penalties");
        assertThat(download(get("/credit/disclosures/template?type=PENALTY").session(city), "zh_CN").sheetNames()).startsWith("行政处罚");
    }

    @Test
    void theFundsWorkbooksAreEnglishUnderEnglishAndAsBeforeUnderChinese() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        Download account = download(get("/funds/export?year=2023&region=339900").session(city), "en");
        assertThat(account.fileName()).isEqualTo("funds-account-2023-示范市.xlsx");
        assertThat(account.sheetNames()).containsExactly("By channel and programme", "By region", "By sector");
        List<Row> channels = account.rows();
        assertThat(channels.get(0).getCellText(0)).isEqualTo("Funds account 2023, 示范市");
        assertThat(channels.get(2).stream().map(c -> c == null ? "" : c.getText())).noneMatch(ReaderLanguageExportsTest::han)
                .contains("Channel", "Declared", "Spending progress (%)");
        assertThat(channels.get(3).stream().map(c -> c == null ? "" : c.getText())).noneMatch(ReaderLanguageExportsTest::han);
        assertThat(channels.stream().skip(1).map(r -> r.getCellText(0))).contains("Local special bonds", "Total")
                .filteredOn(v -> v != null && !v.isEmpty() && !v.startsWith("In 2023")).noneMatch(ReaderLanguageExportsTest::han);
        assertThat(account.sheets().get(1).get(0).getCellText(0)).isEqualTo("Funds account 2023, 示范市 (by region)");

        Download accountZh = download(get("/funds/export?year=2023&region=339900").session(city), "zh_CN");
        assertThat(accountZh.fileName()).isEqualTo("2023年示范市资金争取台账.xlsx");
        assertThat(accountZh.sheetNames()).containsExactly("分渠道专项", "分地区", "分领域");
        List<Row> channelsZh = accountZh.rows();
        assertThat(channelsZh.get(0).getCellText(0)).isEqualTo("2023年示范市资金争取台账");
        assertThat(channelsZh.get(1).getCellText(0)).isEqualTo("单位：万元、个");
        assertThat(channelsZh.get(2).stream().map(c -> c == null ? "" : c.getText()))
                .containsSubsequence("渠道", "专项", "申报", "审核通过", "额度下达", "资金支出", "支出进度（%）");
        assertThat(channelsZh.get(3).getCellText(2)).isEqualTo("项目数");
        assertThat(channelsZh.stream().map(r -> r.getCellText(0))).contains("地方政府专项债券", "合计");
        assertThat(channelsZh.stream().map(r -> r.getCellText(1))).contains("小计");
        assertThat(accountZh.sheets().get(2).get(0).getCellText(0)).isEqualTo("2023年示范市资金争取台账（分领域）");

        Download list = download(get("/funds/applications/export?year=2023").session(city), "en");
        assertThat(list.fileName()).isEqualTo("funds-applications.xlsx");
        assertThat(list.sheetNames()).containsExactly("Funds applications");
        assertThat(headers0(list.rows())).startsWith("No.", "Year", "Channel").noneMatch(ReaderLanguageExportsTest::han);
        for (int c : new int[] {2, 14, 16, 24, 25}) {
            assertThat(list.rows().stream().skip(1).map(r -> r.getCellText(c))).as("column %d", c)
                    .noneMatch(ReaderLanguageExportsTest::han);
        }
        assertThat(list.rows().stream().skip(1).map(r -> r.getCellText(14))).isNotEmpty().allMatch(List.of("Yes", "No")::contains);
        Download listZh = download(get("/funds/applications/export?year=2023").session(city), "zh_CN");
        assertThat(listZh.fileName()).isEqualTo("资金申请清单.xlsx");
        assertThat(listZh.sheetNames()).containsExactly("资金申请清单");
        assertThat(headers0(listZh.rows())).startsWith("序号", "年度", "资金渠道", "专项").endsWith("支出进度（%）", "支出预警", "资金闲置");
        assertThat(listZh.rows().stream().skip(1).map(r -> r.getCellText(14))).allMatch(List.of("是", "否")::contains);
        assertThat(listZh.rows().stream().skip(1).map(r -> r.getCellText(16))).isNotEmpty()
                .allMatch(List.of("储备", "已申报", "发改审核通过", "审核通过", "未通过", "额度已下达", "资金已拨付", "已完成")::contains);
        assertThat(listZh.rows().stream().skip(1).map(r -> r.getCellText(24))).allMatch(List.of("", "红", "黄", "绿")::contains);
    }

    private static List<String> headers0(List<Row> rows) {
        return rows.get(0).stream().map(c -> c == null ? "" : c.getText()).toList();
    }
}
