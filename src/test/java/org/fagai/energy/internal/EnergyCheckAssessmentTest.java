package org.fagai.energy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fagai.FagaiIntegrationTest;
import org.fagai.organization.OrganizationDirectory;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@FagaiIntegrationTest
class EnergyCheckAssessmentTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    OnSiteChecks checks;

    private ResultActions check(String code, String month, String coal, boolean withLead) throws Exception {
        long unit = directory.units().get(0).id();
        long person = directory.people().stream().filter(p -> p.username().equals("city")).findFirst().orElseThrow().id();
        return mvc.perform(post("/api/v1/energy/checks").contentType(MediaType.APPLICATION_JSON).with(httpBasic("admin", DEMO_PASSWORD))
                .content("""
                        {"creditCode":"%s","month":"%s","checkedOn":"2024-04-10","checkers":"测试核查组",
                         "items":[{"type":"RAW_COAL","amount":%s}]%s}""".formatted(code, month, coal,
                        withLead ? ",\"leadUnitId\":" + unit + ",\"leadPersonId\":" + person : "")));
    }

    @Test
    void aCheckWithinFivePercentStaysOffTheLoopAndOneAboveGoesOnItAndClosesWithItsItem() throws Exception {
        EnergyFixtures fx = new EnergyFixtures(mvc);
        String code = fx.enterprise("130102", 201, "核查测试焦化有限公司", 2024);
        fx.report("admin", code, "2024-03", "\"items\":[{\"type\":\"RAW_COAL\",\"amount\":1000},{\"type\":\"ELECTRICITY\",\"amount\":500}]")
                .andExpect(status().isCreated());
        check(code, "2024-03", "1050", false).andExpect(status().isCreated())
                .andExpect(jsonPath("$.flagged").value(false))
                .andExpect(jsonPath("$.itemId").doesNotExist())
                .andExpect(jsonPath("$.lines[?(@.type=='RAW_COAL')].difference").value(Matchers.contains(5.0)));
        check(code, "2024-03", "1100", false).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("leadUnitId"));
        String body = check(code, "2024-03", "1100", true).andExpect(status().isCreated())
                .andExpect(jsonPath("$.flagged").value(true))
                // 1,100 t × 0.7143 + 614.5 = 1,400.23 tce against 1,328.8: +5.38%
                .andExpect(jsonPath("$.checkedTce").value(1400.23))
                .andExpect(jsonPath("$.difference").value(5.38))
                .andReturn().getResponse().getContentAsString();
        Integer itemId = JsonPath.read(body, "$.itemId");
        Integer id = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/v1/supervision/items/" + itemId).with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sourceType").value(OnSiteChecks.SOURCE))
                .andExpect(jsonPath("$.sourceRef").value(String.valueOf(id)))
                .andExpect(jsonPath("$.content", Matchers.allOf(Matchers.containsString("原煤 报送1000"), Matchers.containsString("核查1100"))));
        checks.itemClosed(itemId, java.time.LocalDate.of(2024, 5, 1));
        mvc.perform(get("/api/v1/energy/checks/" + id).with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.rectifiedOn").value("2024-05-01"));
    }

    @Test
    void aMonthNotReportedCannotBeCheckedAndADistrictCannotCheckAnotherRegion() throws Exception {
        EnergyFixtures fx = new EnergyFixtures(mvc);
        String code = fx.enterprise("130102", 202, "核查测试水泥有限公司", 2024);
        check(code, "2024-02", "10", true).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("month"));
        fx.report("admin", code, "2024-02", "\"items\":[{\"type\":\"COKE\",\"amount\":10}]").andExpect(status().isCreated());
        mvc.perform(post("/api/v1/energy/checks").contentType(MediaType.APPLICATION_JSON).with(httpBasic("district", DEMO_PASSWORD))
                        .content("{\"creditCode\":\"" + code + "\",\"month\":\"2024-02\",\"checkedOn\":\"2024-04-10\",\"checkers\":\"甲\",\"items\":[{\"type\":\"COKE\",\"amount\":10}]}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theScorecardWeighsTheScoresGradesThemAndLeadersSeeOnlyPublishedResults() throws Exception {
        String body = mvc.perform(post("/api/v1/energy/assessments").contentType(MediaType.APPLICATION_JSON).with(httpBasic("city", DEMO_PASSWORD))
                        .content("""
                                {"year":2021,"subjectType":"REGION","subjectCode":"339903","comment":"测试考核",
                                 "scores":[{"indicator":"INTENSITY","score":90},{"indicator":"CARBON","score":85},
                                           {"indicator":"TOTAL","score":80},{"indicator":"TASKS","score":88}]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.totalScore").value(86.6))
                .andExpect(jsonPath("$.grade").value("COMPLETED"))
                .andReturn().getResponse().getContentAsString();
        Integer id = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/v1/energy/assessments/" + id).with(httpBasic("leader", DEMO_PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/energy/assessments").param("year", "2021").with(httpBasic("leader", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(post("/api/v1/energy/assessments/" + id + "/publish").with(httpBasic("city", DEMO_PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/energy/assessments").param("year", "2021").with(httpBasic("leader", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.length()").value(1));
        byte[] docx = mvc.perform(get("/api/v1/energy/assessments/report").param("year", "2021").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("2021年度节能目标责任考核结果").contains("完成1个").contains("86.60").contains("测试考核");
        }
    }

    @Test
    void aMissingOrOutOfRangeScoreIsA400AndLeadersCannotScore() throws Exception {
        mvc.perform(post("/api/v1/energy/assessments").contentType(MediaType.APPLICATION_JSON).with(httpBasic("city", DEMO_PASSWORD))
                        .content("{\"year\":2021,\"subjectType\":\"REGION\",\"subjectCode\":\"339904\",\"scores\":[{\"indicator\":\"INTENSITY\",\"score\":101}]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("scores[0].score"));
        mvc.perform(post("/api/v1/energy/assessments").contentType(MediaType.APPLICATION_JSON).with(httpBasic("city", DEMO_PASSWORD))
                        .content("{\"year\":2021,\"subjectType\":\"REGION\",\"subjectCode\":\"339904\",\"scores\":[{\"indicator\":\"INTENSITY\",\"score\":80}]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("缺少指标得分")));
        mvc.perform(post("/api/v1/energy/assessments").contentType(MediaType.APPLICATION_JSON).with(httpBasic("leader", DEMO_PASSWORD))
                        .content("{\"year\":2021,\"subjectType\":\"REGION\",\"subjectCode\":\"339904\",\"scores\":[]}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDemoCityHasTwoYearsOfKeyUsersReportsAFindingOnTheLoopAndPublishedResults() {
        assertThat(jdbc.sql("SELECT count(DISTINCT year) FROM energy_report WHERE county_code LIKE '3399%'").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM energy_check WHERE flagged AND item_id IS NOT NULL AND region_code LIKE '3399%'")
                .query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM energy_assessment WHERE year = 2023 AND published_on IS NOT NULL").query(Long.class).single())
                .isEqualTo(4);
    }
}
