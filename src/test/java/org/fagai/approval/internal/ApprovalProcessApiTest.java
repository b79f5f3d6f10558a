package org.fagai.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.approval.internal.ApprovalApiTest.as;
import static org.fagai.approval.internal.ApprovalApiTest.json;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.fagai.approval.ApprovalKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The process through the API as the issue lists it: review, consultations, stops, extension, signature with the kind's
 * numbers, and what {@code GET …/{id}} shows of it. Past moments ({@code at}) as staff record them.
 */
@FagaiIntegrationTest
class ApprovalProcessApiTest {

    static final String CODE = ApprovalApiTest.CLEAN_CODE;

    @Autowired
    org.fagai.shared.web.Formats fmt;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long filed(String kind, String receivedAt, String extra) throws Exception {
        String body = mvc.perform(json(write("/api/v1/approvals"), """
                        {"kind":"%s","applicantName":"东湖智能装备有限公司","applicantCreditCode":"%s",
                         "projectCode":"2406-339902-04-01-000888","title":"流程接口测试项目","receivedAt":"%s"%s}"""
                        .formatted(kind, CODE, receivedAt, extra)).with(as("city")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    long accepted(String kind, String at) throws Exception {
        long id = filed(kind, at, "");
        mvc.perform(json(write("/api/v1/approvals/" + id + "/accept"), "{\"at\":\"" + at + "\"}").with(as("city")))
                .andExpect(status().isOk());
        return id;
    }

    String send(String path, String user, String body) throws Exception {
        return mvc.perform(json(write(path), body).with(as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    void passTo(long id, int steps, String from) throws Exception {
        for (int step = 1; step <= steps; step++) {
            send("/api/v1/approvals/" + id + "/review", "city", """
                    {"step":%d,"decision":"PASS","opinion":"同意","at":"%s"}""".formatted(step, from));
        }
    }

    @Test
    void anExpertReviewStopRecordedThroughTheApiMovesTheDeadlineAndShowsCountedAndExcludedTime() throws Exception {
        long id = accepted("FEASIBILITY", "2024-09-26T10:00");
        String stopped = send("/api/v1/approvals/" + id + "/stops", "city", """
                {"kind":"EXPERT_REVIEW","from":"2024-09-27T14:00","reason":"组织专家评审可研报告"}""");
        assertThat(JsonPath.<String>read(stopped, "$.status")).isEqualTo("STOPPED");
        int stopId = JsonPath.read(stopped, "$.stops[0].id");
        mvc.perform(get("/api/v1/approvals?status=STOPPED&size=500").with(as("city")))
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].clockRunning").value(org.hamcrest.Matchers.hasItem(false)));
        send("/api/v1/approvals/" + id + "/stops/" + stopId + "/end", "city", """
                {"at":"2024-10-08T11:00"}""");
        mvc.perform(get("/api/v1/approvals/" + id).with(as("city")))
                .andExpect(jsonPath("$.deadline").value("2024-10-10T16:00"))
                .andExpect(jsonPath("$.excludedWorkingMinutes").value(1320))
                .andExpect(jsonPath("$.countedWorkingMinutes").isNumber())
                .andExpect(jsonPath("$.stops[0].kind").value("EXPERT_REVIEW"))
                .andExpect(jsonPath("$.stops[0].excludedWorkingMinutes").value(1320))
                .andExpect(jsonPath("$.steps[0].name").value("经办人初审"))
                .andExpect(jsonPath("$.process.chain.length()").value(3));
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE target_type = 'approval' AND target_id = ? ORDER BY id")
                .param(String.valueOf(id)).query(String.class).list()).anyMatch(d -> fmt.storedChinese(d).contains("中止计时（专家评议）"));
    }

    @Test
    void aConsultationIsAnsweredInsideByTheDepartmentAndOutsideByTheOfficerAndALateAnswerIsFlagged() throws Exception {
        long id = accepted("APPROVAL", "2024-09-23T09:00");
        long investment = jdbc.sql("SELECT id FROM department WHERE name = '投资科' AND region_code = '339900'").query(Long.class).single();
        String sent = send("/api/v1/approvals/" + id + "/consultations", "city", """
                {"departmentIds":[%d],"outsideDepartments":["示范市自然资源和规划局"],"workingDays":7,"at":"2024-09-25T10:00"}"""
                .formatted(investment));
        assertThat(JsonPath.<String>read(sent, "$.status")).as("核准 excludes consultation").isEqualTo("STOPPED");
        int inside = JsonPath.read(sent, "$.process.consultations[0].id");
        int outside = JsonPath.read(sent, "$.process.consultations[1].id");
        assertThat(JsonPath.<String>read(sent, "$.process.consultations[0].dueAt")).isEqualTo("2024-10-10T18:00");
        // The leader is not of the consulted department.
        mvc.perform(json(write(
                        "/api/v1/approvals/" + id + "/consultations/" + inside + "/answer"), """
                        {"opinion":"同意","at":"2024-10-09T10:00"}""").with(as("leader")))
                .andExpect(status().isForbidden());
        send("/api/v1/approvals/" + id + "/consultations/" + inside + "/answer", "city", """
                {"opinion":"同意，符合投资政策","at":"2024-10-09T10:00"}""");
        String done = send("/api/v1/approvals/" + id + "/consultations/" + outside + "/answer", "city", """
                {"opinion":"原则同意，用地符合规划","at":"2024-10-11T09:30"}""");
        assertThat(JsonPath.<Boolean>read(done, "$.process.consultations[0].late")).isFalse();
        assertThat(JsonPath.<Boolean>read(done, "$.process.consultations[1].late")).isTrue();
        assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("ACCEPTED");
        assertThat(JsonPath.<String>read(done, "$.stops[0].kind")).isEqualTo("CONSULTATION");
        assertThat(JsonPath.<String>read(done, "$.stops[0].endedAt")).isEqualTo("2024-10-11T09:30");
    }

    @Test
    void partialAcceptanceBlocksTheSignatureUntilTheMissingDocumentArrives() throws Exception {
        long id = filed("FEASIBILITY", "2024-06-03T09:00", "");
        String accepted = send("/api/v1/approvals/" + id + "/accept", "city", """
                {"at":"2024-06-03T09:30","missing":["用地预审与选址意见书"],"promisedBy":"2024-06-05"}""");
        int missing = JsonPath.read(accepted, "$.process.missingDocuments[0].id");
        passTo(id, 2, "2024-06-03T10:00");
        send("/api/v1/approvals/" + id + "/decide", "city", """
                {"approved":true,"at":"2024-06-03T11:00"}""");
        mvc.perform(json(write("/api/v1/approvals/" + id + "/sign"),
                        "{\"at\":\"2024-06-03T12:00\"}").with(as("leader")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("容缺材料尚未补齐：用地预审与选址意见书")));
        send("/api/v1/approvals/" + id + "/missing/" + missing + "/supply", "city", """
                {"at":"2024-06-04T09:00"}""");
        String signed = send("/api/v1/approvals/" + id + "/sign", "leader", """
                {"at":"2024-06-04T10:00"}""");
        assertThat(JsonPath.<String>read(signed, "$.status")).isEqualTo("APPROVED");
        assertThat(JsonPath.<String>read(signed, "$.steps[2].reviewer")).isEqualTo("leader");
        mvc.perform(json(write("/api/v1/approvals/" + id + "/sign"),
                "{}").with(as("city"))).andExpect(status().isForbidden());
    }

    @Test
    void decisionNumbersRunPerKindAndYearAndStartAgainInTheNewYear() throws Exception {
        int last2024 = lastNumber(ApprovalKind.PRELIMINARY_DESIGN, 2024);
        int last2025 = lastNumber(ApprovalKind.PRELIMINARY_DESIGN, 2025);
        long december = accepted("PRELIMINARY_DESIGN", "2024-12-30T09:00");
        long january = accepted("PRELIMINARY_DESIGN", "2024-12-30T09:00");
        for (long id : List.of(december, january)) {
            passTo(id, 2, "2024-12-30T10:00");
            send("/api/v1/approvals/" + id + "/decide", "city", "{\"approved\":true,\"at\":\"2024-12-30T11:00\"}");
        }
        String first = send("/api/v1/approvals/" + december + "/sign", "leader", "{\"at\":\"2024-12-31T17:00\"}");
        String second = send("/api/v1/approvals/" + january + "/sign", "leader", "{\"at\":\"2025-01-02T09:30\"}");
        assertThat(JsonPath.<String>read(first, "$.documentNumber")).isEqualTo("示发改设计〔2024〕" + (last2024 + 1) + "号");
        assertThat(JsonPath.<String>read(second, "$.documentNumber")).isEqualTo("示发改设计〔2025〕" + (last2025 + 1) + "号");
        assertThat(JsonPath.<String>read(second, "$.process.eLicence.documentNumber")).isEqualTo(JsonPath.read(second, "$.documentNumber"));
    }

    @Test
    void aDecisionDraftedAgainBeforeItIsSignedKeepsTheLastDraftAndARefusalCarriesItsReason() throws Exception {
        long id = accepted("FEASIBILITY", "2024-06-10T09:00");
        passTo(id, 2, "2024-06-10T10:00");
        send("/api/v1/approvals/" + id + "/decide", "city", "{\"approved\":true,\"at\":\"2024-06-10T11:00\"}");
        mvc.perform(json(write("/api/v1/approvals/" + id + "/decide"),
                        "{\"approved\":false,\"at\":\"2024-06-10T11:10\"}").with(as("city")))
                .andExpect(status().isConflict());
        send("/api/v1/approvals/" + id + "/decide", "city", "{\"approved\":false,\"reason\":\"项目选址不符合国土空间规划\",\"at\":\"2024-06-10T11:20\"}");
        String signed = send("/api/v1/approvals/" + id + "/sign", "leader", "{\"at\":\"2024-06-10T15:00\"}");
        assertThat(JsonPath.<String>read(signed, "$.status")).isEqualTo("REJECTED");
        assertThat(JsonPath.<String>read(signed, "$.closeReason")).isEqualTo("项目选址不符合国土空间规划");
        assertThat(JsonPath.<String>read(signed, "$.process.eLicence.documentName")).isEqualTo("不予行政许可决定书");
        assertThat(JsonPath.<Object>read(signed, "$.licence")).as("no 双公示 licence for a refusal").isNull();
    }

    @Test
    void badStepsAndHostileBodiesAreRefusedWithTheFieldNamed() throws Exception {
        long id = accepted("FEASIBILITY", "2024-06-10T09:00");
        mvc.perform(json(write("/api/v1/approvals/" + id + "/stops"),
                        "{\"reason\":\"无事由\"}").with(as("city")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(json(write("/api/v1/approvals/" + id + "/stops"),
                        "{\"kind\":\"EXPERT_REVIEW\",\"reason\":\"评审\",\"from\":\"2099-01-01T09:00\"}").with(as("city")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(json(write("/api/v1/approvals/" + id + "/review"),
                        "{\"step\":3,\"decision\":\"PASS\"}").with(as("city")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("第 1 步")));
        mvc.perform(json(write("/api/v1/approvals/" + id + "/consultations"),
                        "{\"departmentIds\":[999999999]}").with(as("city")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("departmentIds"));
        mvc.perform(json(write("/api/v1/approvals/" + id + "/consultations"),
                        "{\"outsideDepartments\":[\"" + "局".repeat(201) + "\"]}").with(as("city")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("outsideDepartments"));
        mvc.perform(json(write("/api/v1/approvals/" + id + "/stops"),
                        "{\"kind\":\"EXPERT_REVIEW\",\"reason\":\"评审\",\"documentId\":1}").with(as("city")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("documentId"));
        mvc.perform(get("/api/v1/approvals/" + id + "/decision?format=exe").with(as("city")))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("format")));
    }

    @Test
    void statisticsReportCountedAndElapsedTimeSeparately() throws Exception {
        long id = accepted("FEASIBILITY", "2023-03-06T09:00");
        String stopped = send("/api/v1/approvals/" + id + "/stops", "city", """
                {"kind":"TECHNICAL_ASSESSMENT","from":"2023-03-06T10:00","reason":"委托评估"}""");
        send("/api/v1/approvals/" + id + "/stops/" + JsonPath.read(stopped, "$.stops[0].id") + "/end", "city",
                "{\"at\":\"2023-03-07T10:00\"}");
        passTo(id, 2, "2023-03-07T10:30");
        send("/api/v1/approvals/" + id + "/decide", "city", "{\"approved\":true,\"at\":\"2023-03-07T11:00\"}");
        String signed = send("/api/v1/approvals/" + id + "/sign", "leader", "{\"at\":\"2023-03-07T12:00\"}");
        assertThat(JsonPath.<Integer>read(signed, "$.usedWorkingMinutes")).isEqualTo(60 + 120);
        assertThat(JsonPath.<Integer>read(signed, "$.excludedWorkingMinutes")).isEqualTo(480);
        assertThat(JsonPath.<Integer>read(signed, "$.process.elapsedWorkingMinutes")).isEqualTo(660);
        mvc.perform(get("/api/v1/approvals/stats?from=2023-03-06&to=2023-03-07").with(as("leader")))
                .andExpect(jsonPath("$.total.averageElapsedMinutes").isNumber())
                .andExpect(jsonPath("$.rows[?(@.kind == 'FEASIBILITY')].averageElapsedMinutes").value(org.hamcrest.Matchers.hasItem(660)));
    }

    @Test
    void theKindsRulesAreListedAndOnlyAnAdministratorChangesThem() throws Exception {
        mvc.perform(get("/api/v1/approvals/kinds/rules").with(as("city")))
                .andExpect(jsonPath("$[?(@.kind == 'FILING')].chain[0].name").value(org.hamcrest.Matchers.hasItem("经办人办理")))
                .andExpect(jsonPath("$[?(@.kind == 'PROPOSAL')].numberPrefix").value(org.hamcrest.Matchers.hasItem("示发改投资")))
                .andExpect(jsonPath("$[?(@.kind == 'APPROVAL')].maxExtensionDays").value(org.hamcrest.Matchers.hasItem(40)));
        mvc.perform(json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/approvals/kinds/FILING/chain"),
                "[{\"position\":1,\"name\":\"经办人办理\",\"role\":\"STAFF\",\"sharePercent\":100}]").with(as("city")))
                .andExpect(status().isForbidden());
        mvc.perform(json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/approvals/kinds/FILING/chain"),
                        "[{\"position\":1,\"name\":\"经办人办理\",\"role\":\"STAFF\",\"sharePercent\":90}]").with(as("admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value(containsString("100%")));
        mvc.perform(json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/approvals/kinds/FILING/chain"),
                        "[{\"position\":1,\"name\":\"经办人办理\",\"role\":\"STAFF\",\"sharePercent\":100}]").with(as("admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.chain.length()").value(1));
    }

    private int lastNumber(ApprovalKind kind, int year) {
        return jdbc.sql("SELECT coalesce(max(last_value), 0) FROM approval_number_sequence WHERE kind = ? AND year = ?")
                .params(kind.name(), year).query(Integer.class).single();
    }

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder write(String path) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path);
    }
}
