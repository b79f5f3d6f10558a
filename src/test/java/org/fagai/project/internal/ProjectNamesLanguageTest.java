package org.fagai.project.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The project module's exports and views name stages, categories, kinds, natures and supply states in the reader's
 * language; under Chinese every file reads exactly as before.
 */
@FagaiIntegrationTest
class ProjectNamesLanguageTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final AtomicInteger SERIAL = new AtomicInteger(860_000);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;

    private byte[] bytes(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, DEMO_PASSWORD))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
    }

    private String json(String user, String path) throws Exception {
        return new String(bytes(user, get(path)), StandardCharsets.UTF_8);
    }

    private void send(MockHttpServletRequestBuilder request, String body) throws Exception {
        mvc.perform(request.with(httpBasic("city", DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is2xxSuccessful());
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static List<Row> rows(byte[] xlsx) throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getFirstSheet().read();
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            cells.add(row.getCellText(c));
        }
        return cells;
    }

    private String project(String region, String stage, Integer planYear) throws Exception {
        String code = "3801-" + region + "-04-01-" + SERIAL.incrementAndGet();
        String plan = planYear == null ? "" : """
                ,"planYear":%d,"level":"区级","nature":"新建","plannedInvestment":800""".formatted(planYear);
        send(post("/api/v1/projects"), """
                {"code":"%s","name":"语言测试项目","ownerUnit":"测试公司","regionCode":"%s","industryCode":"3741",
                 "totalInvestment":3000,"fundSelf":3000,"stage":"%s","startMonth":"2038-06","endMonth":"2040-12"%s}"""
                .formatted(code, region, stage, plan));
        return code;
    }

    @Test
    void theLandDemandWorkbookIsEnglishUnderEnglishAndAsBeforeInChinese() throws Exception {
        String code = project("339905", "前期", 2038);
        send(put("/api/v1/projects/" + code + "/land"), """
                {"areaMu":42,"nature":"NEW","approvalDocument":"Doc 1","supplyStatus":"IN_PROGRESS"}""");
        List<Row> english = rows(bytes("city", get("/api/v1/projects/land-demand/export?year=2038&region=339905&lang=en")));
        assertThat(english.get(0).getCellText(0)).isEqualTo("Land demand of the 2038 key projects");
        assertThat(cells(english.get(1))).noneMatch(h -> HAN.matcher(h).find()).contains("Land nature", "Supply status");
        Row row = english.stream().filter(r -> code.equals(r.getCellText(1))).findFirst().orElseThrow();
        assertThat(List.of(row.getCellText(5), row.getCellText(7))).containsExactly("New construction land", "In progress");
        assertThat(english.get(english.size() - 1).getCellText(0)).isEqualTo("Total");

        List<Row> chinese = rows(bytes("city", get("/api/v1/projects/land-demand/export?year=2038&region=339905&lang=zh_CN")));
        assertThat(chinese.get(0).getCellText(0)).isEqualTo("2038年重点项目用地需求");
        assertThat(cells(chinese.get(1))).containsExactly("序号", "项目代码", "项目名称", "所属地区", "用地面积（亩）", "用地性质",
                "用地批准文件", "供地状态", "待供地面积（亩）");
        Row chineseRow = chinese.stream().filter(r -> code.equals(r.getCellText(1))).findFirst().orElseThrow();
        assertThat(List.of(chineseRow.getCellText(5), chineseRow.getCellText(7))).containsExactly("新增建设用地", "供地中");
        assertThat(chinese.get(chinese.size() - 1).getCellText(0)).isEqualTo("合计");
    }

    @Test
    void theRollingPlanSheetIsEnglishUnderEnglishAndTheNationalLayoutInChinese() throws Exception {
        String code = project("339922", "储备", null);
        send(put("/api/v1/projects/rolling-plan/2039/" + code), """
                {"amountY0":10,"amountY1":20,"amountY2":30}""");
        List<Row> english = rows(bytes("city", get("/api/v1/projects/rolling-plan/export?from=2039&q=" + code + "&lang=en")));
        assertThat(english.get(0).getCellText(0)).isEqualTo("Three-year rolling investment plan 2039—2041");
        assertThat(cells(english.get(1))).noneMatch(h -> HAN.matcher(h).find())
                .contains("Invested to the end of 2038 (10k yuan)", "Planned investment 2041 (10k yuan)", "Preliminary work");
        Row row = english.stream().filter(r -> code.equals(r.getCellText(1))).findFirst().orElseThrow();
        assertThat(row.getCellText(13)).isEqualTo("Reserve");

        List<Row> chinese = rows(bytes("city", get("/api/v1/projects/rolling-plan/export?from=2039&q=" + code + "&lang=zh_CN")));
        assertThat(chinese.get(0).getCellText(0)).isEqualTo("2039—2041年三年滚动投资计划表");
        assertThat(cells(chinese.get(1))).containsExactly("序号", "项目代码", "项目名称", "建设地点", "所属行业", "项目单位",
                "建设规模及主要建设内容", "建设起止年限", "总投资（万元）", "截至2038年底累计完成投资（万元）", "2039年计划投资（万元）",
                "2040年计划投资（万元）", "2041年计划投资（万元）", "前期工作进展", "备注");
        assertThat(chinese.stream().filter(r -> code.equals(r.getCellText(1))).findFirst().orElseThrow().getCellText(13))
                .isEqualTo("储备");
    }

    @Test
    void theProjectListKeepsTheImportColumnsChineseAndWritesTheComputedColumnsAndWarningInTheReadersLanguage()
            throws Exception {
        List<Row> english = rows(bytes("city", get("/api/v1/projects/export?year=2023&lang=en")));
        List<String> header = cells(english.get(1));
        assertThat(header).contains("项目级别", "项目阶段", "Region", "Warning").doesNotContain("所属地区", "预警");
        assertThat(english.get(0).getCellText(0)).isEqualTo("Key-project list");
        int warning = header.indexOf("Warning");
        List<String> colours = english.stream().skip(2).map(r -> r.getCellText(warning)).filter(w -> !w.isEmpty()).toList();
        assertThat(colours).isNotEmpty().allMatch(w -> List.of("Green", "Yellow", "Red").contains(w));

        List<Row> chinese = rows(bytes("city", get("/api/v1/projects/export?year=2023&lang=zh_CN")));
        List<String> chineseHeader = cells(chinese.get(1));
        assertThat(chineseHeader.subList(chineseHeader.size() - 4, chineseHeader.size()))
                .containsExactly("所属地区", "年度完成投资（万元）", "年度计划完成率（%）", "预警");
        assertThat(chinese.get(0).getCellText(0)).isEqualTo("重点项目清单");
        assertThat(chinese.stream().skip(2).map(r -> r.getCellText(chineseHeader.size() - 1)).filter(w -> !w.isEmpty()))
                .isNotEmpty().allMatch(w -> List.of("绿灯", "黄灯", "红灯").contains(w));
    }

    @Test
    void aBlockersCategoryAMilestonesKindAndTheDashboardsStagesAreNamedInTheReadersLanguage() throws Exception {
        Map<String, Object> blocker = jdbc.sql("SELECT id, category FROM project_blocker ORDER BY id LIMIT 1").query().singleRow();
        String path = "/api/v1/projects/blockers/" + blocker.get("id");
        String key = "blocker.category." + blocker.get("category");
        assertThat((String) JsonPath.read(json("admin", path + "?lang=en"), "$.categoryName")).isEqualTo(label(key, Locale.ENGLISH))
                .doesNotContainPattern(HAN);
        assertThat((String) JsonPath.read(json("admin", path + "?lang=zh_CN"), "$.categoryName"))
                .isEqualTo(label(key, Locale.SIMPLIFIED_CHINESE));

        String code = jdbc.sql("SELECT p.code FROM project_milestone m JOIN project p ON p.id = m.project_id ORDER BY m.project_id LIMIT 1")
                .query(String.class).single();
        List<String> kinds = JsonPath.read(json("admin", "/api/v1/projects/" + code + "/milestones?lang=en"), "$.steps[?(@.milestone)].milestone.kindName");
        assertThat(kinds).isNotEmpty().noneMatch(k -> HAN.matcher(k).find());
        List<String> chineseKinds = JsonPath.read(json("admin", "/api/v1/projects/" + code + "/milestones?lang=zh_CN"),
                "$.steps[?(@.milestone)].milestone.kindName");
        assertThat(chineseKinds).isNotEmpty().allMatch(k -> HAN.matcher(k).find());

        List<String> stages = JsonPath.read(json("admin", "/api/v1/projects/dashboard?year=2023&lang=en"), "$.summary.byStage[*].stageName");
        assertThat(stages).contains("Reserve", "Preparation").noneMatch(s -> HAN.matcher(s).find());
        assertThat((List<String>) JsonPath.read(json("admin", "/api/v1/projects/summary?year=2023&lang=zh_CN"), "$.byStage[*].stageName"))
                .containsExactly("谋划", "储备", "前期", "在建", "竣工", "投产", "达产");
    }
}
