package org.fagai.planning.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Five-year plans through the API: a worked plan of 东湖区, its progress, the mid-term table and report; the demo 十五五. */
@FagaiIntegrationTest
class PlanApiTest {

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, DEMO_PASSWORD);
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long plan(String name) throws Exception {
        String body = mvc.perform(json(post("/api/v1/plans"), """
                        {"name":"%s","regionCode":"339902","fromYear":2026,"toYear":2030,"indicators":[
                          {"code":"GDP","name":"地区生产总值","group":"经济发展","seq":1,"binding":false,"unit":"亿元","direction":"HIGHER",
                           "targetKind":"ANNUAL_GROWTH","target":6,"baseValue":1000},
                          {"code":"URBAN","name":"常住人口城镇化率","group":"经济发展","seq":2,"binding":false,"unit":"%%","direction":"HIGHER",
                           "targetKind":"LEVEL","target":72,"baseValue":68},
                          {"code":"ENERGY","name":"单位地区生产总值能耗降低","group":"绿色生态","seq":3,"binding":true,"unit":"吨标准煤/万元",
                           "direction":"LOWER","targetKind":"CUMULATIVE_CHANGE","target":-13.5,"baseValue":0.5},
                          {"code":"FOREST","name":"森林覆盖率","group":"绿色生态","seq":4,"binding":true,"unit":"%%","direction":"HIGHER",
                           "targetKind":"LEVEL","target":46,"baseValue":45}]}""".formatted(name)).with(as("district")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fromYear").value(2026))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        actual(id, "GDP", 2026, null, "6.5");
        actual(id, "GDP", 2027, null, "5.0");
        actual(id, "URBAN", 2027, "70.1", null);
        actual(id, "ENERGY", 2026, "0.49", null);
        actual(id, "ENERGY", 2027, "0.48", null);
        return id;
    }

    private void actual(long plan, String code, int year, String value, String growth) throws Exception {
        mvc.perform(json(post("/api/v1/plans/" + plan + "/actuals"), "{\"code\":\"%s\",\"year\":%d,\"value\":%s,\"growth\":%s}"
                        .formatted(code, year, value, growth)).with(as("district")))
                .andExpect(status().isOk());
    }

    @Test
    void progressFollowsTheCompoundPathAndABindingIndicatorBehindIsRed() throws Exception {
        long id = plan("东湖区规划纲要（进度测试）");
        mvc.perform(get("/api/v1/plans/" + id + "/progress").param("year", "2027").with(as("city")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("GDP"))
                .andExpect(jsonPath("$[0].binding").value(false))
                .andExpect(jsonPath("$[0].target").value(6))
                .andExpect(jsonPath("$[0].actual").value(1118.25))
                .andExpect(jsonPath("$[0].pathValue").value(1123.6))
                .andExpect(jsonPath("$[0].status").value("BEHIND"))
                .andExpect(jsonPath("$[0].colour").value("YELLOW"))
                .andExpect(jsonPath("$[1].status").value("ON_TRACK"))
                .andExpect(jsonPath("$[2].code").value("ENERGY"))
                .andExpect(jsonPath("$[2].binding").value(true))
                .andExpect(jsonPath("$[2].pathValue").value(0.473))
                .andExpect(jsonPath("$[2].status").value("BEHIND"))
                .andExpect(jsonPath("$[2].colour").value("RED"))
                .andExpect(jsonPath("$[3].status").value("NO_DATA"));
    }

    @Test
    void theMidTermTableCountsByGroupAndItsReportReadsTheSameFigures() throws Exception {
        long id = plan("东湖区规划纲要（中期评估测试）");
        mvc.perform(get("/api/v1/plans/" + id + "/evaluation").param("year", "2028").with(as("leader")))
                .andExpect(jsonPath("$.groups[0].name").value("经济发展"))
                .andExpect(jsonPath("$.groups[0].counts.onTrack").value(1))
                .andExpect(jsonPath("$.groups[0].counts.behind").value(1))
                .andExpect(jsonPath("$.groups[1].name").value("绿色生态"))
                .andExpect(jsonPath("$.groups[1].counts.bindingBehind").value(1))
                .andExpect(jsonPath("$.total.indicators").value(4))
                .andExpect(jsonPath("$.total.noData").value(1));
        byte[] docx = mvc.perform(get("/api/v1/plans/" + id + "/evaluation/report").param("year", "2028").with(as("leader")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            String text = String.join("\n", paragraphs);
            assertThat(paragraphs.get(0)).isEqualTo("《东湖区规划纲要（中期评估测试）》实施中期评估报告");
            assertThat(text).contains("共设置主要指标4项，其中约束性指标2项。截至2028年，已完成0项，符合进度要求1项，滞后于进度2项，"
                            + "其中约束性指标滞后1项（单位地区生产总值能耗降低），暂无数据1项。",
                    "经济发展类指标2项：已完成0项，符合进度1项，滞后1项。",
                    "地区生产总值（预期性）：规划目标年均增长6%，2026—2027年年均增长5.7%，慢于规划目标0.3个百分点，滞后于进度要求。",
                    "单位地区生产总值能耗降低（约束性）：规划目标累计降低13.5%，截至2027年累计降低4%，按进度应降低5.4%，"
                            + "滞后于进度要求，须加大工作力度确保完成。");
            assertThat(doc.getTables().get(0).getRows()).hasSize(5);
            assertThat(doc.getTables().get(0).getRow(3).getCell(8).getText()).isEqualTo("滞后");
        }
    }

    @Test
    void badIndicatorsAreNamedAndActualsOfMonitoredIndicatorsAreRefused() throws Exception {
        mvc.perform(json(post("/api/v1/plans"), """
                        {"name":"错误规划","regionCode":"339902","fromYear":2026,"toYear":2040,"indicators":[
                          {"code":"X","name":"甲","group":"经济发展","binding":true,"unit":"%","direction":"HIGHER","targetKind":"LEVEL","target":1,"baseValue":1}]}""")
                        .with(as("district")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'toYear')]").exists());
        mvc.perform(json(post("/api/v1/plans"), """
                        {"name":"错误规划","regionCode":"339902","fromYear":2026,"toYear":2030,"indicators":[
                          {"code":"X","name":"甲","group":"经济发展","binding":true,"unit":"%","direction":"UP","targetKind":"SOON","target":1,"baseValue":1},
                          {"code":"Y","name":"乙","group":"经济发展","binding":false,"unit":"亿元","direction":"HIGHER","targetKind":"LEVEL","target":1,
                           "baseValue":1,"sourceIndicator":"NO_SUCH"}]}""").with(as("district")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'indicators[0].direction')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'indicators[0].targetKind')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'indicators[1].sourceIndicator')]").exists());
        mvc.perform(json(post("/api/v1/plans"), "{\"name\":\"越权规划\",\"regionCode\":\"339900\",\"fromYear\":2026,\"toYear\":2030}")
                .with(as("district"))).andExpect(status().isForbidden());
        long demo = demoPlan();
        mvc.perform(json(post("/api/v1/plans/" + demo + "/actuals"), "{\"code\":\"GDP\",\"year\":2026,\"value\":1}").with(as("city")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("经济运行监测")));
    }

    private long demoPlan() throws Exception {
        String body = mvc.perform(get("/api/v1/plans").with(as("city"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Number> ids = JsonPath.read(body, "$[?(@.name == '示范市国民经济和社会发展第十五个五年规划纲要')].id");
        return ids.get(0).longValue();
    }

    @Test
    void theDemoFifteenthPlanReadsGdpFromEconomicMonitoringAndShowsItsBindingLaggardsInRed() throws Exception {
        long id = demoPlan();
        String body = mvc.perform(get("/api/v1/plans/" + id + "/progress").param("year", "2026").with(as("leader")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Object> gdp = JsonPath.read(body, "$[?(@.code == 'GDP')].actual");
        assertThat(gdp).containsExactly(3226.9);
        assertThat((List<Object>) JsonPath.read(body, "$[?(@.code == 'GDP')].status")).containsExactly("ON_TRACK");
        assertThat((List<Object>) JsonPath.read(body, "$[?(@.code == 'CO2_INTENSITY')].colour")).containsExactly("RED");
        assertThat((List<Object>) JsonPath.read(body, "$[?(@.code == 'UNEMPLOYMENT')].status")).containsExactly("ACHIEVED");
        List<String> statuses = JsonPath.read(body, "$[*].status");
        assertThat(statuses).hasSize(15).doesNotContain("NO_DATA");
        mvc.perform(get("/api/v1/plans").with(as("owner"))).andExpect(status().isForbidden());
        assertThat(statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()))).containsKey("BEHIND");
    }
}
