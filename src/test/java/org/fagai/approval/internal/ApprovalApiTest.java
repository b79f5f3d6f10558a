package org.fagai.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@FagaiIntegrationTest
class ApprovalApiTest {

    static final String CLEAN_CODE = "91339902MA2K0A0145";
    /** On the demo dishonesty list (严重失信主体名单) until 2027-08-31. */
    static final String LISTED_CODE = "91339903MA2K0K10XN";

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

    long file(String user, String kind, String code, String receivedAt) throws Exception {
        String body = mvc.perform(json(post("/api/v1/approvals"), """
                        {"kind":"%s","applicantName":"东湖智能装备有限公司","applicantCreditCode":"%s",
                         "projectCode":"2406-339902-04-03-000777","title":"接口测试项目","receivedAt":"%s"}"""
                        .formatted(kind, code, receivedAt)).with(as(user)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void anApplicationForAKnownKeyProjectIsLinkedToIt() throws Exception {
        String code = jdbc.sql("SELECT code FROM project WHERE region_code = '339902' ORDER BY code LIMIT 1").query(String.class).single();
        String name = jdbc.sql("SELECT name FROM project WHERE code = ?").param(code).query(String.class).single();
        String body = mvc.perform(json(post("/api/v1/approvals"), """
                        {"kind":"FEASIBILITY","applicantName":"东湖智能装备有限公司","applicantCreditCode":"%s",
                         "projectCode":"%s","title":"可研批复","receivedAt":"2024-03-01T10:00"}""".formatted(CLEAN_CODE, code))
                        .with(as("city")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.linkedProjectName").value(name))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(get("/api/v1/approvals/" + id).with(as("city"))).andExpect(jsonPath("$.linkedProjectName").value(name));
        long unknown = file("city", "FILING", CLEAN_CODE, "2024-03-01T10:00");
        mvc.perform(get("/api/v1/approvals/" + unknown).with(as("city")))
                .andExpect(jsonPath("$.linkedProjectName").value(org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void anEightHourFilingAcceptedFridayAtFourIsDueOnTheWorkingSundayAndIsOverdueNow() throws Exception {
        long id = file("city", "FILING", CLEAN_CODE, "2024-09-27T15:30");
        mvc.perform(get("/api/v1/approvals/" + id).with(as("city")))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.receivedAt").value("2024-09-27T15:30"))
                .andExpect(jsonPath("$.creditCheck.listed").value(false));
        mvc.perform(json(post("/api/v1/approvals/" + id + "/accept"), """
                        {"at":"2024-09-27T16:00"}""").with(as("city")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.acceptedAt").value("2024-09-27T16:00"))
                .andExpect(jsonPath("$.deadline").value("2024-09-29T16:00"))
                .andExpect(jsonPath("$.state").value("OVERDUE"))
                .andExpect(jsonPath("$.remainingWorkingMinutes", lessThan(0)))
                .andExpect(jsonPath("$.creditCheck.listed").value(false));
        mvc.perform(get("/api/v1/approvals?state=OVERDUE&kind=FILING&size=500").with(as("city")))
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
    }

    @Test
    void theStateFilterFindsExactlyTheApplicationsShowingThatStateAndPagesThem() throws Exception {
        String all = mvc.perform(get("/api/v1/approvals?size=500").with(as("city")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (String state : java.util.List.of("OVERDUE", "WARNING", "NORMAL")) {
            java.util.List<Integer> expected = JsonPath.read(all, "$.items[?(@.state == '" + state + "')].id");
            String filtered = mvc.perform(get("/api/v1/approvals?size=500&state=" + state).with(as("city")))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(JsonPath.<java.util.List<Integer>>read(filtered, "$.items[*].id")).as(state).isEqualTo(expected);
            assertThat(JsonPath.<Integer>read(filtered, "$.total")).as(state).isEqualTo(expected.size());
            if (!state.equals("WARNING")) {
                assertThat(expected).as(state).isNotEmpty();
            }
            if (expected.size() > 2) {
                mvc.perform(get("/api/v1/approvals?size=2&page=1&state=" + state).with(as("city")))
                        .andExpect(jsonPath("$.items[0].id").value(expected.get(2)))
                        .andExpect(jsonPath("$.total").value(expected.size()));
            }
        }
    }

    @Test
    void theListSortsByDeadlineEitherWayAndRefusesAnUnknownSort() throws Exception {
        String ascending = mvc.perform(get("/api/v1/approvals?size=500&status=ACCEPTED&sort=DEADLINE").with(as("city")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        java.util.List<String> deadlines = JsonPath.read(ascending, "$.items[*].deadline");
        assertThat(deadlines).hasSizeGreaterThan(1).isSorted();
        String descending = mvc.perform(get("/api/v1/approvals?size=500&status=ACCEPTED&sort=DEADLINE&desc=true").with(as("city")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        java.util.List<String> reversed = new java.util.ArrayList<>(deadlines);
        java.util.Collections.reverse(reversed);
        assertThat(JsonPath.<java.util.List<String>>read(descending, "$.items[*].deadline")).isEqualTo(reversed);
        mvc.perform(get("/api/v1/approvals?sort=SIZE").with(as("city"))).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("sort")));
    }

    @Test
    void aListedApplicantIsAcceptedOnlyByALeaderWithAWrittenReasonShownOnTheApplication() throws Exception {
        long id = file("city", "APPROVAL", LISTED_CODE, "2024-06-03T09:00");
        mvc.perform(get("/api/v1/approvals/" + id).with(as("city")))
                .andExpect(jsonPath("$.creditCheck.listed").value(true))
                .andExpect(jsonPath("$.creditCheck.detail").value(org.hamcrest.Matchers.containsString("严重失信主体名单")));
        mvc.perform(json(post("/api/v1/approvals/" + id + "/accept"), "{}").with(as("city")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("委领导")));
        mvc.perform(json(post("/api/v1/approvals/" + id + "/accept"), """
                        {"overrideReason":"科室人员不能越权"}""").with(as("city")))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/approvals/" + id + "/accept"), """
                        {"at":"2024-06-03T10:00","overrideReason":"省重点民生工程，经委务会研究同意受理"}""").with(as("leader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.creditCheck.listed").value(true))
                .andExpect(jsonPath("$.creditCheck.overrideBy").value("leader"))
                .andExpect(jsonPath("$.creditCheck.overrideReason").value("省重点民生工程，经委务会研究同意受理"));
        assertThat(fmt.storedChinese(jdbc.sql("SELECT detail FROM audit_log WHERE target_type = 'approval' AND target_id = ? "
                + "AND actor = 'leader'").param(String.valueOf(id)).query(String.class).single())).contains("同意受理", "省重点民生工程");
    }

    @Test
    void anApprovalCreatesALicenceRecordDueSevenWorkingDaysAfterTheDecision() throws Exception {
        long id = file("city", "FEASIBILITY", CLEAN_CODE, "2024-09-26T09:00");
        mvc.perform(json(post("/api/v1/approvals/" + id + "/accept"), """
                {"at":"2024-09-26T09:30"}""").with(as("city"))).andExpect(status().isOk());
        review(id, 1, "2024-09-26T14:00");
        review(id, 2, "2024-09-27T09:30");
        mvc.perform(json(post("/api/v1/approvals/" + id + "/decide"), """
                        {"at":"2024-09-27T10:00","approved":true}""").with(as("city")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.process.draft.approved").value(true));
        String signed = mvc.perform(json(post("/api/v1/approvals/" + id + "/sign"), """
                        {"at":"2024-09-27T15:00"}""").with(as("leader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.onTime").value(true))
                // 26 Sep 09:30–18:00 less lunch (7.5 h) and 27 Sep 09:00–15:00 less lunch (5 h).
                .andExpect(jsonPath("$.usedWorkingMinutes").value(750))
                // 7 working days after 27 Sep: 29 and 30 Sep, 8–11 Oct, and the working Saturday 12 Oct.
                .andExpect(jsonPath("$.licence.dueDate").value("2024-10-12"))
                .andExpect(jsonPath("$.licence.publishedAt").doesNotExist())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String number = JsonPath.read(signed, "$.documentNumber");
        assertThat(number).matches("示发改审〔2024〕\\d+号");
        mvc.perform(get("/api/v1/credit/disclosures?type=license&published=false&q=" + CLEAN_CODE + "&size=500").with(as("city")))
                .andExpect(jsonPath("$.items[?(@.documentNumber == '" + number + "')].documentName").value(hasItem("可行性研究报告批复")))
                .andExpect(jsonPath("$.items[?(@.documentNumber == '" + number + "')].decisionDate").value(hasItem("2024-09-27")))
                .andExpect(jsonPath("$.items[?(@.documentNumber == '" + number + "')].flag").value(hasItem("OVERDUE")));
    }

    void review(long id, int step, String at) throws Exception {
        mvc.perform(json(post("/api/v1/approvals/" + id + "/review"), """
                {"step":%d,"decision":"PASS","opinion":"同意","at":"%s"}""".formatted(step, at)).with(as("city")))
                .andExpect(status().isOk());
    }

    @Test
    void suspensionAndResumptionThroughTheApiKeepTheTimeThatWasLeft() throws Exception {
        long id = file("district", "FILING", CLEAN_CODE, "2024-06-03T09:00");
        mvc.perform(json(post("/api/v1/approvals/" + id + "/accept"), """
                {"at":"2024-06-03T09:00"}""").with(as("district"))).andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/approvals/" + id + "/suspend"), """
                        {"at":"2024-06-03T11:00","reason":"补充备案信息表"}""").with(as("district")))
                .andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.deadline").doesNotExist())
                .andExpect(jsonPath("$.remainingWorkingMinutes").value(360))
                .andExpect(jsonPath("$.clockRunning").value(false));
        mvc.perform(json(post("/api/v1/approvals/" + id + "/resume"), """
                        {"at":"2024-06-05T14:00"}""").with(as("district")))
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.deadline").value("2024-06-06T11:00"))
                .andExpect(jsonPath("$.suspensions[0].reason").value("补充备案信息表"))
                .andExpect(jsonPath("$.suspensions[0].endedAt").value("2024-06-05T14:00"));
        mvc.perform(json(post("/api/v1/approvals/" + id + "/withdraw"), """
                        {"reason":"申请人撤回"}""").with(as("district")))
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE target_type = 'approval' AND target_id = ? AND actor = 'district'")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void badCodesAndAFutureReceiptAreRefusedWithEveryFieldNamed() throws Exception {
        mvc.perform(json(post("/api/v1/approvals"), """
                        {"kind":"FILING","applicantName":"","applicantCreditCode":"91339902MA2K0A0144",
                         "projectCode":"2024-3399-44-03-000777","title":"x","receivedAt":"2099-01-01T09:00"}""").with(as("city")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "applicantName", "applicantCreditCode", "projectCode", "receivedAt")))
                .andExpect(jsonPath("$.errors[?(@.field == 'applicantCreditCode')].message").value(hasItem(
                        org.hamcrest.Matchers.containsString("第18位校验码"))));
    }

    @Test
    void aDistrictDoesNotSeeACityApplicationAndAnOwnerCannotAcceptOne() throws Exception {
        long id = file("city", "PROPOSAL", CLEAN_CODE, "2024-06-03T09:00");
        mvc.perform(get("/api/v1/approvals/" + id).with(as("district"))).andExpect(status().isNotFound());
        long own = file("owner", "FILING", "913399027345678902", "2024-06-03T09:00");
        mvc.perform(get("/api/v1/approvals/" + own).with(as("owner"))).andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/approvals/" + own + "/accept"), "{}").with(as("owner"))).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/approvals"), """
                        {"kind":"FILING","applicantName":"别家公司","applicantCreditCode":"%s",
                         "projectCode":"2406-339902-04-03-000778","title":"代别人申请"}""".formatted(CLEAN_CODE)).with(as("owner")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anOfficerAsksForAnExtensionAndOnlyALeaderApprovesItNotBeyondFortyWorkingDays() throws Exception {
        long id = file("city", "APPROVAL", CLEAN_CODE, "2024-06-03T09:00");
        mvc.perform(json(post("/api/v1/approvals/" + id + "/accept"), """
                        {"at":"2024-06-03T10:00"}""").with(as("city")))
                // 20 working days after Monday 3 June; Dragon Boat Festival (10 June) is not one of them.
                .andExpect(jsonPath("$.deadline").value("2024-07-02T18:00"));
        mvc.perform(json(post("/api/v1/approvals/" + id + "/extension"), """
                {"days":41,"reason":"征求意见","at":"2024-06-20T10:00"}""").with(as("city"))).andExpect(status().isConflict());
        mvc.perform(json(post("/api/v1/approvals/" + id + "/extension"), """
                        {"days":10,"reason":"需征求有关部门意见","at":"2024-06-20T10:00"}""").with(as("city")))
                .andExpect(jsonPath("$.deadline").value("2024-07-02T18:00"))
                .andExpect(jsonPath("$.process.extension.requestedDays").value(10));
        mvc.perform(json(post("/api/v1/approvals/" + id + "/extension/approve"), """
                {"at":"2024-06-20T11:00"}""").with(as("city"))).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/approvals/" + id + "/extension/approve"), """
                        {"at":"2024-06-20T11:00"}""").with(as("leader")))
                .andExpect(jsonPath("$.deadline").value("2024-07-16T18:00"))
                .andExpect(jsonPath("$.extensionDays").value(10));
        mvc.perform(json(post("/api/v1/approvals/" + id + "/extension"), """
                {"days":5,"reason":"再次延期","at":"2024-06-21T10:00"}""").with(as("city"))).andExpect(status().isConflict());
    }

    @Test
    void documentsAreCheckedByTheirContentNotTheirName() throws Exception {
        long id = file("city", "FILING", CLEAN_CODE, "2024-06-03T09:00");
        MockMultipartFile pdf = new MockMultipartFile("file", "项目备案信息表.pdf", "application/pdf",
                "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1));
        mvc.perform(multipart("/api/v1/approvals/" + id + "/documents").file(pdf).with(as("city")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.fileName").value("项目备案信息表.pdf"));
        MockMultipartFile disguised = new MockMultipartFile("file", "报告.pdf", "application/pdf",
                "MZ\u0090\u0000 this is an executable".getBytes(StandardCharsets.ISO_8859_1));
        mvc.perform(multipart("/api/v1/approvals/" + id + "/documents").file(disguised).with(as("city")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("不是允许的类型")));
        MockMultipartFile renamed = new MockMultipartFile("file", "照片.pdf", "application/pdf",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0});
        mvc.perform(multipart("/api/v1/approvals/" + id + "/documents").file(renamed).with(as("city")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("不符")));
        mvc.perform(get("/api/v1/approvals/" + id + "/documents").with(as("city")))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void statisticsCountReceivedAndDecidedApplicationsPerKindAndMonth() throws Exception {
        String body = mvc.perform(get("/api/v1/approvals/stats?from=2023-01-01&to=2024-12-31").with(as("leader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[*].kind").value(org.hamcrest.Matchers.hasItems("PROPOSAL", "FEASIBILITY",
                        "ENERGY_REVIEW", "PRELIMINARY_DESIGN", "FILING", "APPROVAL")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        int decided = JsonPath.read(body, "$.total.decided");
        int onTime = JsonPath.read(body, "$.total.onTime");
        assertThat(decided).isGreaterThan(20);
        assertThat(onTime).isLessThan(decided).isGreaterThan(decided / 2);
        long expectedLongest = jdbc.sql("SELECT max(used_minutes) FROM approval_application WHERE region_code LIKE '3399%' AND closed_at < '2025-01-01' AND status IN ('APPROVED','REJECTED')")
                .query(Long.class).single();
        assertThat(((Number) JsonPath.read(body, "$.total.longestWorkingMinutes")).longValue()).isEqualTo(expectedLongest);
    }

    @Test
    void theKindsCarryTheirPromisedLimits() throws Exception {
        mvc.perform(get("/api/v1/approvals/kinds").with(as("city")))
                .andExpect(content().json("""
                        [{"kind":"PROPOSAL","value":12,"unit":"HOURS","maxExtensionDays":10},
                         {"kind":"FEASIBILITY","value":3,"unit":"DAYS"},
                         {"kind":"ENERGY_REVIEW","value":3,"unit":"DAYS"},
                         {"kind":"PRELIMINARY_DESIGN","value":3,"unit":"DAYS"},
                         {"kind":"FILING","value":8,"unit":"HOURS"},
                         {"kind":"APPROVAL","value":20,"unit":"DAYS","maxExtensionDays":40}]"""));
        mvc.perform(json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/approvals/kinds/FILING"), """
                {"value":6,"unit":"HOURS","maxExtensionDays":0}""").with(as("city"))).andExpect(status().isForbidden());
    }
}
