package org.fagai.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@FagaiIntegrationTest
class WorkSummaryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    private XWPFDocument summary(String path, String user, String query) throws Exception {
        byte[] docx = mvc.perform(get("/api/v1/reports/" + path + "?" + query).with(httpBasic(user, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", BriefDownloads.DOCX.toString()))
                .andReturn().getResponse().getContentAsByteArray();
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static List<String> paragraphs(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    @Test
    void the2023SummaryStatesSeedZerosEconomyProjectAndFundsFiguresFromTheDemoData() throws Exception {
        try (XWPFDocument doc = summary("annual-summary", "leader", "year=2023&region=339900")) {
            List<String> text = paragraphs(doc);
            assertThat(text).contains("示范市发展和改革委员会2023年工作总结", "一、主要工作开展情况", "二、下一步工作计划");
            assertThat(text).contains("一是经济运行。地区生产总值2578亿元，同比增长7.9%；规模以上工业增加值同比增长28%；"
                    + "固定资产投资完成987亿元，同比增长31%；社会消费品零售总额完成1423亿元，同比增长19.9%；"
                    + "一般公共预算收入累计完成384亿元，同比增长11.2%（测算）。");
            assertThat(text).anySatisfy(p -> assertThat(p).contains("列出问题清单31项、整改措施67条，已办结67条"));
            assertThat(text).contains("二是项目建设。2023年实施市级重点项目1185个，总投资2299.67亿元。其中，新建项目541个，总投资1108.77亿元。");
            assertThat(text).contains("三是招商引资工作成效明显。2023年，示范市外出招商130次，召开洽谈会832次，参加省级以上重大签约活动32次，"
                    + "签约项目370个，协议投资1580亿元。");
            assertThat(text).anySatisfy(p -> assertThat(p).startsWith("四是积极向上争取资金。")
                    .contains("申请中央预算及上级资金280亿元，申报专项债项目122个，总投资332亿元")
                    .contains("已通过国家发改委、财政部审核项目112个，总投资293亿元"));
        }
    }

    @Test
    void aSentenceAppearsOnlyWhenItsDataExistsAndNeverAsAPlaceholder() throws Exception {
        try (XWPFDocument doc = summary("annual-summary", "leader", "year=2023&region=339900")) {
            List<String> text = paragraphs(doc);
            assertThat(text).noneSatisfy(p -> assertThat(p).containsAnyOf("null", "—个", "X"));
            long decided = jdbc.sql("SELECT count(*) FROM approval_application WHERE status IN ('APPROVED', 'REJECTED')"
                    + " AND closed_at >= '2023-01-01' AND closed_at < '2024-01-01' AND region_code LIKE '3399%'").query(Long.class).single();
            if (decided == 0) {
                assertThat(text).noneSatisfy(p -> assertThat(p).contains("办结投资审批事项"));
            } else {
                assertThat(text).anySatisfy(p -> assertThat(p).contains("全年办结投资审批事项" + decided + "件"));
            }
            long problems = jdbc.sql("SELECT count(*) FROM supervision_problem p JOIN supervision_problem_list l ON l.id = p.list_id"
                    + " WHERE l.year = 2023").query(Long.class).single();
            assertThat(text.stream().anyMatch(p -> p.contains("列出问题清单"))).isEqualTo(problems > 0);
        }
        try (XWPFDocument empty = summary("annual-summary", "leader", "year=2007&region=339900")) {   // a year no test writes data in
            assertThat(paragraphs(empty)).noneSatisfy(p -> assertThat(p).matches("^[一二三四五六七八九十]是.*"));
            assertThat(paragraphs(empty)).contains(WorkSummaryDocx.AUTHOR_BLANK, "二、下一步工作计划");
        }
    }

    @Test
    void thisYearsSummaryStatesTheProblemListAndTheServiceFiguresAsStored() throws Exception {
        int year = jdbc.sql("SELECT max(year) FROM supervision_problem_list").query(Integer.class).single();
        long problems = jdbc.sql("SELECT count(DISTINCT i.problem_id) FROM supervision_item i JOIN supervision_problem p ON p.id = i.problem_id"
                + " JOIN supervision_problem_list l ON l.id = p.list_id WHERE l.year = ? AND i.region_code LIKE '3399%'")
                .param(year).query(Long.class).single();
        long measures = jdbc.sql("SELECT count(*) FROM supervision_item i JOIN supervision_problem p ON p.id = i.problem_id"
                + " JOIN supervision_problem_list l ON l.id = p.list_id WHERE l.year = ? AND i.region_code LIKE '3399%'")
                .param(year).query(Long.class).single();
        try (XWPFDocument doc = summary("annual-summary", "leader", "year=" + year + "&region=339900")) {
            List<String> text = paragraphs(doc);
            assertThat(text).anySatisfy(p -> assertThat(p).contains("列出问题清单" + problems + "项、整改措施" + measures + "条"));
            long packages = jdbc.sql("SELECT count(*) FROM service_package p JOIN enterprise e ON e.credit_code = p.credit_code"
                    + " WHERE e.region_code LIKE '3399%'").query(Long.class).single();
            assertThat(text).anySatisfy(p -> assertThat(p).contains("对" + packages + "家重点企业实行服务包制度"));
        }
    }

    @Test
    void theAppendixTracesEveryFigureWithPeriodRegionAndSource() throws Exception {
        try (XWPFDocument doc = summary("annual-summary", "leader", "year=2023&region=339900")) {
            XWPFTable table = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(table.getRow(0).getCell(5).getText()).isEqualTo("数据来源");
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            var gdp = table.getRows().stream().filter(r -> r.getCell(1).getText().equals("地区生产总值")).findFirst().orElseThrow();
            assertThat(gdp.getCell(2).getText()).isEqualTo("2578亿元");
            assertThat(gdp.getCell(3).getText()).isEqualTo("2023年全年");
            assertThat(gdp.getCell(4).getText()).isEqualTo("示范市");
            assertThat(gdp.getCell(5).getText()).contains("经济运行监测");
            var count = table.getRows().stream().filter(r -> r.getCell(1).getText().equals("重点项目个数")).findFirst().orElseThrow();
            assertThat(count.getCell(2).getText()).isEqualTo("1185个");
            assertThat(doc.getParagraphs().stream().filter(p -> p.getText().startsWith("一、")).findFirst().orElseThrow().getStyle())
                    .isEqualTo("FagaiHeading1");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFiguresJsonListsTheSentencesFiguresAndWhatIsMissing() throws Exception {
        String body = mvc.perform(get("/api/v1/reports/annual-summary/figures?year=2023&region=339900")
                        .with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("示范市发展和改革委员会2023年工作总结"))
                .andReturn().getResponse().getContentAsString();
        Map<String, Object> figures = json.readValue(body, Map.class);
        assertThat((List<String>) figures.get("missing")).doesNotContain("ATTRACTION").doesNotContain("ENERGY");
        assertThat((List<Map<String, Object>>) figures.get("figures")).anySatisfy(f -> {
            assertThat(f.get("name")).isEqualTo("协议投资");
            assertThat(f.get("value")).isEqualTo("1580亿元");
            assertThat((String) f.get("source")).contains("attraction_lead");
        });
        assertThat((List<Map<String, Object>>) figures.get("figures")).anySatisfy(f -> {
            assertThat(f.get("name")).isEqualTo("申报专项债项目个数");
            assertThat(f.get("value")).isEqualTo("122个");
        });
    }

    @Test
    void theHalfYearSummaryReadsJanuaryToJune() throws Exception {
        try (XWPFDocument doc = summary("half-year-summary", "leader", "year=2023&region=339900")) {
            List<String> text = paragraphs(doc);
            assertThat(text).contains("示范市发展和改革委员会2023年上半年工作总结");
            assertThat(text).anySatisfy(p -> assertThat(p).startsWith("（初稿，数据截至2023年1-6月"));
        }
        mvc.perform(get("/api/v1/reports/half-year-summary/figures?year=2023&region=339900").with(httpBasic("leader", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.period").value("2023年1-6月"));
    }

    @Test
    void aDistrictGetsOnlyItsOwnSummary() throws Exception {
        mvc.perform(get("/api/v1/reports/annual-summary?year=2023&region=339900").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        try (XWPFDocument doc = summary("annual-summary", "district", "year=2023")) {
            assertThat(paragraphs(doc)).contains("东湖区发展和改革委员会2023年工作总结");
        }
        mvc.perform(get("/api/v1/reports/annual-summary?year=abc").with(httpBasic("leader", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest());
    }
}
