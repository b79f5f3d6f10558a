package org.fagai.planning.internal.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.fagai.FagaiIntegrationTest;
import org.fagai.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** 价格认证 on the 督办 loop: the limit in working days on the official calendar, and the case closed by the item's verification. */
@FagaiIntegrationTest
class CertificationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingCalendar calendar;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, DEMO_PASSWORD);
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long id(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
    }

    @Test
    void aCaseRunsSevenWorkingDaysOnTheLoopAndConcludesWhenItsItemIsVerified() throws Exception {
        long unit = jdbc.sql("SELECT department_id FROM app_user WHERE username = 'district'").query(Long.class).single();
        LocalDate requested = LocalDate.now().minusDays(2);
        String body = mvc.perform(json(post("/api/v1/prices/certifications"), """
                        {"requesterKind":"COURT","requester":"示范市东湖区人民法院","subject":"涉案手机一部价格认定",
                         "requestDate":"%s","workingDays":7,"leadUnitId":%d,"leadPersonId":%d,"supervisorId":%d}"""
                        .formatted(requested, unit, id("district"), id("city"))).with(as("city")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.certification.state").value("OPEN"))
                .andExpect(jsonPath("$.clock").value("LEFT"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long caseId = ((Number) JsonPath.read(body, "$.certification.id")).longValue();
        long item = ((Number) JsonPath.read(body, "$.certification.itemId")).longValue();
        assertThat((String) JsonPath.read(body, "$.certification.deadline"))
                .isEqualTo(calendar.current().addWorkingDays(requested, 7).deadline().toString());
        assertThat((String) JsonPath.read(body, "$.certification.caseNo")).startsWith("价认〔" + requested.getYear() + "〕");
        mvc.perform(get("/api/v1/supervision/items/" + item).with(as("district")))
                .andExpect(jsonPath("$.sourceType").value("PRICE_CERTIFICATION"))
                .andExpect(jsonPath("$.sourceLink").value("/prices/certifications/" + caseId));

        mvc.perform(json(post("/api/v1/prices/certifications/" + caseId + "/result"),
                "{\"result\":\"认定价格为人民币3200元\",\"documentNo\":\"示价认〔2026〕12号\"}").with(as("district")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.certification.documentNo").value("示价认〔2026〕12号"));
        mvc.perform(post("/api/v1/supervision/items/" + item + "/sign").with(as("district"))).andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/supervision/items/" + item + "/request-closure"),
                "{\"result\":\"已出具价格认定结论书\",\"evidence\":\"示价认〔2026〕12号\"}").with(as("district"))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/supervision/items/" + item + "/verify").with(as("city"))).andExpect(status().isOk());

        mvc.perform(get("/api/v1/prices/certifications/" + caseId).with(as("city")))
                .andExpect(jsonPath("$.certification.state").value("CONCLUDED"))
                .andExpect(jsonPath("$.certification.onTime").value(true))
                .andExpect(jsonPath("$.certification.result").value("认定价格为人民币3200元"))
                .andExpect(jsonPath("$.clock").value("USED"));
        mvc.perform(json(post("/api/v1/prices/certifications/" + caseId + "/result"), "{\"result\":\"改\",\"documentNo\":\"x\"}")
                .with(as("district"))).andExpect(status().isBadRequest());
    }

    @Test
    void theTimeOfACaseReadsInWorkingDays() {
        var cal = calendar.current();
        // Requested Friday 2026-09-18, 7 working days: the 20th (Sunday) is worked, 9-25…27 are 中秋 days off: 2026-09-29.
        LocalDate deadline = cal.addWorkingDays(LocalDate.of(2026, 9, 18), 7).deadline();
        assertThat(deadline).isEqualTo(LocalDate.of(2026, 9, 29));
        assertThat(CaseClock.of(cal, "OPEN", LocalDate.of(2026, 9, 18), deadline, null, LocalDate.of(2026, 9, 24)))
                .isEqualTo(new CaseClock("LEFT", 2));
        assertThat(CaseClock.of(cal, "OPEN", LocalDate.of(2026, 9, 18), deadline, null, LocalDate.of(2026, 10, 9)))
                .isEqualTo(new CaseClock("OVERDUE", 3));
        assertThat(CaseClock.of(cal, "CONCLUDED", LocalDate.of(2026, 9, 18), deadline, LocalDate.of(2026, 9, 24), null))
                .isEqualTo(new CaseClock("USED", 5));
    }

    @Test
    void aCaseNeedsItsRequesterSubjectAndPeopleAndAProjectOwnerSeesNone() throws Exception {
        mvc.perform(json(post("/api/v1/prices/certifications"), "{\"requesterKind\":\"ALIENS\",\"workingDays\":99}").with(as("city")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'requesterKind')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'subject')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'workingDays')]").exists());
        mvc.perform(get("/api/v1/prices/certifications").with(as("owner"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/prices/certifications").param("size", "5").with(as("leader")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").isNumber());
    }
}
