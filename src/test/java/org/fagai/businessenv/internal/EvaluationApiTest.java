package org.fagai.businessenv.internal;

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
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@FagaiIntegrationTest
class EvaluationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EvaluationLoopEvents loop;
    @Autowired
    ReformTasks reforms;

    void enter(int year, String region, String values) throws Exception {
        mvc.perform(post("/api/v1/business-environment/values").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":" + year + ",\"regionCode\":\"" + region + "\",\"values\":{" + values + "}}")
                        .with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void theWorkedExampleScoresBothDirectionsAndWeighsThemUpToATotalWithRank() throws Exception {
        // 2031, E01 开办企业 (weight 6): E0101 环节 LOWER w0.4, E0102 时间 LOWER w0.6; E05 获得信贷 (weight 6): E0501 HIGHER w0.5
        enter(2031, "339902", "\"E0102\":2,\"E0101\":4,\"E0501\":80");
        enter(2031, "339903", "\"E0102\":5,\"E0101\":4,\"E0501\":60");
        enter(2031, "339904", "\"E0102\":8,\"E0101\":4,\"E0501\":90");
        String json = mvc.perform(get("/api/v1/business-environment/scores").param("year", "2031").param("region", "339900")
                        .with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regions[0].regionCode").value("339902"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // 东湖 339902: E0102 2 days = frontier → 100; E0101 all equal → 100; E01 = 100. E0501 80 of {60, 80, 90} → 66.67; E05 = 66.67.
        // total = (6 × 100 + 6 × 66.67) / 12 = 83.335 → 83.34 (E0502 has no value and leaves the weights)
        assertThat(number(json, "$.regions[?(@.regionCode=='339902')].groups[0].indicators[?(@.code=='E0102')].score")).isEqualTo("100.0");
        assertThat(number(json, "$.regions[?(@.regionCode=='339902')].groups[4].indicators[?(@.code=='E0501')].frontier")).isEqualTo("90.0");
        assertThat(number(json, "$.regions[?(@.regionCode=='339902')].groups[4].score")).isEqualTo("66.67");
        assertThat(number(json, "$.regions[?(@.regionCode=='339902')].total")).isEqualTo("83.34");
        assertThat(number(json, "$.regions[?(@.regionCode=='339902')].rank")).isEqualTo("1.0");
        // 西山 339903: E0102 5 → 50; E0101 100; E01 = 0.4 × 100 + 0.6 × 50 = 70; E0501 60 = worst → 0; total = (6 × 70 + 6 × 0) / 12 = 35
        assertThat(number(json, "$.regions[?(@.regionCode=='339903')].groups[0].score")).isEqualTo("70.0");
        assertThat(number(json, "$.regions[?(@.regionCode=='339903')].total")).isEqualTo("35.0");
        // 南岭 339904: E0102 8 = worst → 0; E01 = 40; E0501 90 → 100; total = 70; rank 2 of the three scored counties
        assertThat(number(json, "$.regions[?(@.regionCode=='339904')].total")).isEqualTo("70.0");
        assertThat(number(json, "$.regions[?(@.regionCode=='339904')].rank")).isEqualTo("2.0");
        List<String> weakest = JsonPath.read(json, "$.regions[?(@.regionCode=='339903')].weakest[*].code");
        assertThat(weakest).startsWith("E0501", "E0102");
        assertThat(JsonPath.<List<String>>read(json, "$.regions[?(@.regionCode=='339903')].weakest[0].unit")).containsExactly("%");
    }

    @Test
    void aBenchmarkJoinsTheComparisonSetAndTheYearBeforeGivesTheChange() throws Exception {
        enter(2032, "339902", "\"E0701\":100");
        enter(2032, "339903", "\"E0701\":200");
        enter(2033, "339902", "\"E0701\":100");
        enter(2033, "339903", "\"E0701\":200");
        mvc.perform(post("/api/v1/business-environment/benchmarks").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2033,\"indicatorCode\":\"E0701\",\"label\":\"全省最优\",\"value\":50}")
                        .with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isCreated());
        // 2033: frontier 50 (the benchmark), worst 200: 100 → (200 − 100) / 150 × 100 = 66.67; 2032 it was the frontier: 100
        mvc.perform(get("/api/v1/business-environment/scores").param("year", "2033").param("region", "339902")
                        .with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regions.length()").value(1))
                .andExpect(jsonPath("$.regions[0].groups[6].indicators[0].frontier").value(50.0))
                .andExpect(jsonPath("$.regions[0].groups[6].indicators[0].score").value(66.67))
                .andExpect(jsonPath("$.regions[0].groups[6].indicators[0].change").value(-33.33));
    }

    @Test
    void theApprovalsModuleFeedsTheApprovalTimeAndOnTimeIndicators() throws Exception {
        for (Object[] row : new Object[][] {{960, true}, {1440, false}}) {
            jdbc.sql("""
                    INSERT INTO approval_application (kind, status, applicant_name, applicant_credit_code, project_code, title,
                      region_code, received_at, received_by, closed_at, closed_by, used_minutes, on_time)
                    VALUES ('FILING', 'APPROVED', '测试单位', '91339902MA2K0A01XX', '3001-339905-04-03-000001', '备案', '339905',
                      TIMESTAMP '2034-03-01 09:00', 'city', TIMESTAMP '2034-03-05 10:00', 'city', ?, ?)""").params(row).update();
        }
        // 960 and 1440 counted minutes at 480 a working day: 2.5 working days on average; one of two on time: 50%
        mvc.perform(get("/api/v1/business-environment/scores").param("year", "2034").param("region", "339905")
                        .with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regions[0].groups[14].indicators[0].code").value("E1501"))
                .andExpect(jsonPath("$.regions[0].groups[14].indicators[0].value").value(2.5))
                .andExpect(jsonPath("$.regions[0].groups[14].indicators[0].fromSource").value(true))
                .andExpect(jsonPath("$.regions[0].groups[14].indicators[1].value").value(50.0));
    }

    @Test
    void theCreditModulesDisclosuresFeedTheOnTimePublicationRate() throws Exception {
        // 2019, 西山区: decided 1 March, due 12 March (7 working days); one published on the 5th, one on the 20th, one never
        for (String published : new String[] {"2019-03-05 10:00+08", "2019-03-20 10:00+08", null}) {
            jdbc.sql("""
                    INSERT INTO credit_licence (region_code, xk_xdr_mc, xk_xdr_lb, xk_xdr_shxym, xk_xkws, xk_wsh, xk_xklb, xk_nr, xk_jdrq,
                      xk_yxqz, xk_yxqzi, xk_xkjg, xk_xkjgdm, xk_zt, xk_lydw, xk_lydwdm, due_date, published_at)
                    VALUES ('339903', '测试公示单位', '法人及非法人组织', '91339903MA2K0A01XX', '准予许可决定书', '测试〔2019〕1号', '普通',
                      '测试', DATE '2019-03-01', DATE '2019-03-01', DATE '2099-12-31', '示范市发展和改革委员会', '11339900MB0143001R', '1',
                      '示范市发展和改革委员会', '11339900MB0143001R', DATE '2019-03-12', ?::timestamptz)""").param(published).update();
        }
        mvc.perform(get("/api/v1/business-environment/scores").param("year", "2019").param("region", "339903")
                        .with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regions[0].groups[15].indicators[0].code").value("E1601"))
                .andExpect(jsonPath("$.regions[0].groups[15].indicators[0].value").value(33.33))
                .andExpect(jsonPath("$.regions[0].groups[15].indicators[0].fromSource").value(true));
    }

    @Test
    void theDemoYearRanksTheSixCountiesAndTheReportReadsTheTotalRankAndChange() throws Exception {
        String json = mvc.perform(get("/api/v1/business-environment/scores").param("year", "2023").param("region", "339900")
                        .with(httpBasic("leader", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.regions.length()").value(6))
                .andExpect(jsonPath("$.regions[0].rank").value(1))
                .andExpect(jsonPath("$.regions[0].change").isNumber())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<Boolean>>read(json, "$.regions[?(@.regionCode=='339902')].groups[14].indicators[0].fromSource"))
                .containsExactly(true);
        byte[] docx = mvc.perform(get("/api/v1/business-environment/report").param("year", "2023").param("region", "339902")
                        .with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("2023年东湖区营商环境评价自评报告").contains("在全市6个区县中排名第")
                    .contains("比上年").contains("前沿距离法").contains("审批平均用时").contains("6.0版");
            assertThat(doc.getTables()).hasSize(2);
        }
    }

    @Test
    void reformTasksAreOnTheLoopAndClosingOneRaisesTheCompletionRate() {
        Map<String, Object> task = jdbc.sql("SELECT t.item_id, v.year FROM be_reform_task t JOIN be_reform_version v ON v.id = t.version_id "
                + "WHERE v.name = '6.0版' ORDER BY t.seq LIMIT 1").query().singleRow();
        long itemId = ((Number) task.get("item_id")).longValue();
        assertThat(jdbc.sql("SELECT source_type FROM supervision_item WHERE id = ?").param(itemId).query(String.class).single())
                .isEqualTo(ReformTasks.SOURCE);
        reforms.itemClosed(itemId, java.time.LocalDate.of(2024, 6, 1));
        long done = jdbc.sql("SELECT count(*) FROM be_reform_task WHERE state = 'DONE'").query(Long.class).single();
        assertThat(done).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM be_collection WHERE year = 2024").query(Long.class).single()).isPositive();
    }

    @Test
    void hostileInputIsA400NamingTheFieldOrARefusal() throws Exception {
        mvc.perform(post("/api/v1/business-environment/values").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2031,\"regionCode\":\"339900\",\"values\":{\"E0101\":1}}").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("regionCode"));
        mvc.perform(post("/api/v1/business-environment/values").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2031,\"regionCode\":\"339902\",\"values\":{\"E01\":1,\"<script>\":2}}").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/business-environment/values").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":1900,\"regionCode\":\"339902\",\"values\":{\"E0101\":1}}").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/business-environment/values").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2031,\"regionCode\":\"339903\",\"values\":{\"E0101\":1}}").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/business-environment/scores").param("year", "2023").param("region", "x' OR 1=1")
                        .with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/business-environment/scores").param("year", "2023").param("region", "339900")
                        .with(httpBasic("owner", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
    }

    private static String number(String json, String path) {
        Object value = JsonPath.read(json, path);
        if (value instanceof List<?> list) {
            value = list.get(0);
        }
        return String.valueOf(((Number) value).doubleValue()).replaceAll("\\.0$", ".0");
    }
}
