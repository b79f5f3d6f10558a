package org.fagai.project.internal.milestones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.fagai.shared.web.StoredTexts;
import org.fagai.FagaiIntegrationTest;
import org.fagai.project.ProjectApprovalDecided;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

@FagaiIntegrationTest
class MilestonesTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(730_000);

    @Autowired
    org.fagai.shared.web.Formats fmt;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, DEMO_PASSWORD)));
    }

    private ResultActions upload(String path, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart(path).file(file).with(httpBasic("city", DEMO_PASSWORD)));
    }

    private ResultActions postJson(String user, String path, String json) throws Exception {
        return as(user, post(path).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** A government-funded 2019 city project in 前期, planned to start in March 2019 (a year no demo list uses). */
    private String preparingProject() throws Exception {
        String code = "1901-339903-04-01-" + SERIAL.incrementAndGet();
        postJson("city", "/api/v1/projects", """
                {"code":"%s","name":"测试前期手续项目","ownerUnit":"测试城投公司","ownerCreditCode":"91350100M000100Y43",
                 "regionCode":"339903","industryCode":"3741","totalInvestment":10000,"fundLocal":4000,"fundSelf":6000,
                 "stage":"前期","startMonth":"2019-03","endMonth":"2020-12",
                 "planYear":2019,"level":"市级","nature":"新建","plannedInvestment":3000}""".formatted(code))
                .andExpect(status().isCreated());
        return code;
    }

    private Optional<String> reasons(String code, String month) {
        return jdbc.sql("SELECT w.colour || ':' || w.reasons FROM project_warning w JOIN project p ON p.id = w.project_id"
                + " WHERE p.code = ? AND w.month = ?::date").params(code, month + "-01").query(String.class).optional()
                .map(r -> r.substring(0, r.indexOf(':') + 1) + StoredTexts.chinese(r.substring(r.indexOf(':') + 1)));
    }

    @Test
    void aDecidedApprovalOfTheMatchingKindFillsTheMilestoneWithALinkToTheApplication() throws Exception {
        String code = preparingProject();
        transactions.executeWithoutResult(s -> events.publishEvent(new ProjectApprovalDecided(987_001, "FEASIBILITY",
                "可行性研究报告审批", code, true, "可行性研究报告批复", "示发改审〔2019〕7号", LocalDate.of(2018, 12, 20))));
        transactions.executeWithoutResult(s -> events.publishEvent(new ProjectApprovalDecided(987_002, "ENERGY_REVIEW",
                "节能审查", code, false, "不予行政许可决定书", "示发改能〔2019〕8号", LocalDate.of(2018, 12, 21))));
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until && jdbc.sql("SELECT count(*) FROM project_milestone m JOIN project p ON p.id = m.project_id"
                + " WHERE p.code = ?").param(code).query(Long.class).single() == 0) {
            Thread.sleep(100);
        }
        as("city", get("/api/v1/projects/" + code + "/milestones"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("GOVERNMENT"))
                .andExpect(jsonPath("$.steps[1].kind").value("FEASIBILITY"))
                .andExpect(jsonPath("$.steps[1].state").value("DONE"))
                .andExpect(jsonPath("$.steps[1].milestone.documentNumber").value("示发改审〔2019〕7号"))
                .andExpect(jsonPath("$.steps[1].milestone.approvedOn").value("2018-12-20"))
                .andExpect(jsonPath("$.steps[1].milestone.applicationId").value(987_001))
                .andExpect(jsonPath("$.steps[5].kind").value("ENERGY_REVIEW"))
                .andExpect(jsonPath("$.steps[5].state").value("OPTIONAL"))
                .andExpect(jsonPath("$.steps[0].state").value("OVERDUE"));
    }

    @Test
    void aProjectStartingWithinTwoMonthsWithMissingMilestonesIsYellowUntilTheyAreRecorded() throws Exception {
        String code = preparingProject();
        assertThat(reasons(code, "2019-01")).hasValueSatisfying(r -> assertThat(r)
                .isEqualTo("YELLOW:计划2019年3月开工，前期手续缺：立项（建议书/核准/备案）、可行性研究报告、初步设计"));
        for (String kind : new String[] {"PROPOSAL", "FEASIBILITY", "PRELIMINARY_DESIGN"}) {
            postJson("city", "/api/v1/projects/" + code + "/milestones", """
                    {"kind":"%s","documentNumber":"示发改〔2018〕1号","approvedOn":"2018-11-10","authority":"示范市发展和改革委员会"}"""
                    .formatted(kind)).andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value(kind));
        }
        assertThat(reasons(code, "2019-01")).hasValue("GREEN:");
        assertThat(reasons(code, "2019-03")).hasValueSatisfying(r -> assertThat(r).startsWith("YELLOW:").contains("当月未开工")
                .doesNotContain("前期手续"));
        as("city", get("/api/v1/projects/" + code + "/milestones")).andExpect(jsonPath("$.warning").value(false))
                .andExpect(jsonPath("$.missing").isEmpty());
    }

    @Test
    void hostileOrUnauthorisedMilestonesAreRefusedNamingTheField() throws Exception {
        String code = preparingProject();
        postJson("city", "/api/v1/projects/" + code + "/milestones", """
                {"kind":"BRIBE","approvedOn":"2018-11-10"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("kind")));
        postJson("city", "/api/v1/projects/" + code + "/milestones", """
                {"kind":"EIA","approvedOn":"2099-01-01"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("approvedOn")));
        postJson("city", "/api/v1/projects/" + code + "/milestones", """
                {"kind":"EIA","approvedOn":"2018-01-01","documentNumber":"%s"}""".formatted("号".repeat(5000)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("documentNumber")));
        postJson("leader", "/api/v1/projects/" + code + "/milestones", """
                {"kind":"EIA","approvedOn":"2018-01-01"}""").andExpect(status().isForbidden());
        postJson("city", "/api/v1/projects/2301-999999-04-01-000000/milestones", """
                {"kind":"EIA","approvedOn":"2018-01-01"}""").andExpect(status().isNotFound());
    }

    @Test
    void theApprovalFileGoesThroughTheUploadGuardAndIsServedAsADownload() throws Exception {
        String code = preparingProject();
        postJson("city", "/api/v1/projects/" + code + "/milestones", """
                {"kind":"EIA","documentNumber":"示环审〔2018〕3号","approvedOn":"2018-10-01","authority":"示范市生态环境局"}""")
                .andExpect(status().isCreated());
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        upload("/api/v1/projects/" + code + "/milestones/EIA/file", new MockMultipartFile("file", "环评批复.pdf", "application/pdf", pdf))
                .andExpect(status().isOk()).andExpect(jsonPath("$.fileName").value("环评批复.pdf"));
        as("city", get("/api/v1/projects/" + code + "/milestones/EIA/file")).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(pdf))
                .andExpect(result -> assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment"));
        upload("/api/v1/projects/" + code + "/milestones/EIA/file", new MockMultipartFile("file", "批复.pdf", "application/pdf", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail", containsString("批复.pdf")));
        upload("/api/v1/projects/" + code + "/milestones/LAND/file", new MockMultipartFile("file", "用地.pdf", "application/pdf", pdf))
                .andExpect(status().isNotFound());
    }

    @Test
    void theRequiredMilestonesFollowTheInvestmentTypeKeptOnTheProjectNotTheFundingMix() throws Exception {
        String code = "1901-339903-04-01-" + SERIAL.incrementAndGet();
        String body = """
                {"code":"%s","name":"测试企业投资项目","ownerUnit":"测试实业公司","ownerCreditCode":"91350100M000100Y43",
                 "regionCode":"339903","industryCode":"3741","totalInvestment":10000,"fundLocal":4000,"fundSelf":6000,
                 "stage":"前期","startMonth":"2019-03","endMonth":"2020-12","investmentType":"%s",
                 "planYear":2019,"level":"市级","nature":"新建","plannedInvestment":3000}""";
        postJson("city", "/api/v1/projects", body.formatted(code, "企业投资")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.investmentType").value("ENTERPRISE"));
        assertThat(reasons(code, "2019-01")).hasValue("YELLOW:计划2019年3月开工，前期手续缺：立项（建议书/核准/备案）");
        as("city", get("/api/v1/projects/" + code + "/milestones")).andExpect(jsonPath("$.type").value("ENTERPRISE"));

        as("city", put("/api/v1/projects/" + code).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(code, "GOVERNMENT"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.investmentType").value("GOVERNMENT"));
        assertThat(reasons(code, "2019-01")).hasValue("YELLOW:计划2019年3月开工，前期手续缺：立项（建议书/核准/备案）、可行性研究报告、初步设计");
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE target_id = ? AND action = 'UPDATE' ORDER BY id").param(code)
                .query(String.class).list().stream().map(fmt::storedChinese).filter(d -> d.matches(".*投资类型：企业投资 → 政府投资.*")))
                .hasSize(1);

        postJson("city", "/api/v1/projects", body.formatted("1901-339903-04-01-" + SERIAL.incrementAndGet(), "私人投资"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("investmentType")));
    }

    @Test
    void aProjectEnteredWithoutAnInvestmentTypeTakesTheOneItsFundingSuggests() throws Exception {
        String code = preparingProject();
        assertThat(jdbc.sql("SELECT investment_type FROM project WHERE code = ?").param(code).query(String.class).single())
                .isEqualTo("GOVERNMENT");
    }
}
