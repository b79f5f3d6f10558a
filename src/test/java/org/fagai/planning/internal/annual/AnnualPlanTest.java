package org.fagai.planning.internal.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The annual plan: its monitored targets are economic monitoring's (one source of truth), its tasks ride the 督办 loop and
 * close with their items, its execution report is drafted from data; a special action with indicators and tasks.
 */
@FagaiIntegrationTest
class AnnualPlanTest {

    @Autowired
    org.fagai.shared.web.Formats fmt;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, DEMO_PASSWORD);
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long id(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long plan(int year) throws Exception {
        String created = body(json(post("/api/v1/annual-plans"),
                "{\"regionCode\":\"339903\",\"year\":%d,\"title\":\"西山区%d年计划\"}".formatted(year, year)).with(as("city")));
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    @Test
    void aTargetSetInTheAnnualPlanIsEconomicMonitoringsTargetAndTheOtherWayRound() throws Exception {
        long plan = plan(2031);
        mvc.perform(json(put("/api/v1/annual-plans/" + plan + "/targets"), "{\"indicatorCode\":\"FAI\",\"growthTarget\":7.5}").with(as("city")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.growthTarget").value(7.5));
        mvc.perform(get("/api/v1/indicators/targets").param("region", "339903").param("year", "2031").with(as("city")))
                .andExpect(jsonPath("$[0].indicatorCode").value("FAI")).andExpect(jsonPath("$[0].growthTarget").value(7.5));
        mvc.perform(json(put("/api/v1/indicators/targets"), "{\"indicatorCode\":\"FAI\",\"regionCode\":\"339903\",\"year\":2031,\"growthTarget\":8}")
                .with(as("city"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/annual-plans/" + plan).with(as("leader")))
                .andExpect(jsonPath("$.monitoringTargets[0].growthTarget").value(8.0));
        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.columns WHERE table_name LIKE 'planning_annual%' AND column_name LIKE '%growth%'")
                .query(Integer.class).single()).as("no copy of monitoring targets in planning").isZero();
        mvc.perform(json(put("/api/v1/annual-plans/" + plan + "/targets"), "{\"indicatorCode\":\"FAI\",\"growthTarget\":9}").with(as("city")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE target_id = ? AND detail LIKE '§planning.audit.annualPlan.targetSet|%' ORDER BY id")
                .param(String.valueOf(plan)).query(String.class).list().stream().map(fmt::storedChinese).toList()).as("the audit names each changed field, old and new")
                .containsExactly("设定年度计划目标（经济运行指标）：固定资产投资：增速目标（%）：（空） → 7.5",
                        "设定年度计划目标（经济运行指标）：固定资产投资：增速目标（%）：8 → 9");
    }

    @Test
    void aMajorTaskIsAnItemOfTheLoopAndClosesWhenItsItemIsVerified() throws Exception {
        long plan = plan(2032);
        long unit = jdbc.sql("SELECT department_id FROM app_user WHERE username = 'district'").query(Long.class).single();
        String task = body(json(post("/api/v1/annual-plans/" + plan + "/tasks"), """
                        {"title":"建成西山区综合养老服务中心","leadUnitId":%d,"leadPersonId":%d,"supervisorId":%d,"deadline":"%s"}"""
                        .formatted(unit, id("district"), id("city"), LocalDate.now().plusDays(30))).with(as("city")));
        long item = ((Number) JsonPath.read(task, "$.itemId")).longValue();
        mvc.perform(get("/api/v1/supervision/items/" + item).with(as("district")))
                .andExpect(jsonPath("$.sourceType").value("ANNUAL_TASK"));
        mvc.perform(post("/api/v1/supervision/items/" + item + "/sign").with(as("district"))).andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/supervision/items/" + item + "/request-closure"), "{\"result\":\"中心已建成运营\",\"evidence\":\"验收意见\"}")
                .with(as("district"))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/supervision/items/" + item + "/verify").with(as("city"))).andExpect(status().isOk());
        String view = body(get("/api/v1/annual-plans/" + plan).with(as("city")));
        assertThat((String) JsonPath.read(view, "$.tasks[0].state")).isEqualTo("CLOSED");
        assertThat((Boolean) JsonPath.read(view, "$.tasks[0].onTime")).isTrue();
        assertThat((String) JsonPath.read(view, "$.tasks[0].result")).isEqualTo("中心已建成运营");
    }

    @Test
    void theDemoPlansExecutionReportReadsItsTargetsAndTasks() throws Exception {
        int year = LocalDate.now().getYear();
        String view = body(get("/api/v1/annual-plans").param("region", "339900").param("year", String.valueOf(year)).with(as("leader")));
        long id = ((Number) JsonPath.read(view, "$.plan.id")).longValue();
        assertThat((List<Object>) JsonPath.read(view, "$.monitoringTargets[*].indicatorCode")).contains("GDP", "FAI", "RETAIL", "BUDGET_REV");
        assertThat((List<Object>) JsonPath.read(view, "$.tasks[*].title")).hasSize(4);
        byte[] docx = mvc.perform(get("/api/v1/annual-plans/" + id + "/execution-report").with(as("leader")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("示范市" + year + "年国民经济和社会发展计划执行情况报告");
            assertThat(text).contains("确定经济运行监测目标4项、其他目标3项、重大任务4项",
                    "城镇调查失业率：目标5.5%，实际5.1%，完成目标。",
                    "城镇新增就业：目标2万人，尚未填报完成值。",
                    "地区生产总值：年度目标增长5.5%",
                    "确定重大任务4项，已办结0项（按期办结0项），办理中4项。");
        }
    }

    @Test
    void aSpecialActionCountsItsIndicatorsMetAndRefusesBadOnes() throws Exception {
        String list = body(get("/api/v1/actions").with(as("district")));
        long id = ((Number) ((List<?>) JsonPath.read(list, "$[?(@.name =~ /.*疏整促.*/)].id")).get(0)).longValue();
        String view = body(get("/api/v1/actions/" + id).with(as("district")));
        assertThat((List<Object>) JsonPath.read(view, "$.indicators[?(@.name == '拆除违法建设')].actual")).containsExactly(9.6);
        assertThat((List<Object>) JsonPath.read(view, "$.tasks[*].itemId")).hasSize(3);
        mvc.perform(json(post("/api/v1/actions/" + id + "/indicators"), "{\"name\":\"\",\"unit\":\"家\",\"direction\":\"UP\"}").with(as("district")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'direction')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'target')]").exists());
        mvc.perform(json(post("/api/v1/actions"), "{\"regionCode\":\"339903\",\"year\":2026,\"name\":\"越权行动\"}").with(as("district")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/actions").with(as("owner"))).andExpect(status().isForbidden());
    }
}
