package org.fagai.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.fagai.enterprise.EnterpriseFlag;
import org.fagai.enterprise.EnterpriseRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@FagaiIntegrationTest
class PolicyServiceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    EnterpriseRegistry registry;

    ResultActions as(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, DEMO_PASSWORD)));
    }

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder json(String url, String body) {
        return post(url).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    long policy(String name, String flags, String industries, boolean noApplication) throws Exception {
        int year = java.time.LocalDate.now().getYear();
        String body = """
                {"name":"%s","issuer":"示范市发改委","regionCode":"339900","year":%d,"flags":"%s","industries":"%s",
                 "noApplication":%s,"maxAmount":20}""".formatted(name, year, flags, industries, noApplication);
        String json = as("city", json("/api/v1/policies", body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void aPolicyMatchesExactlyTheEnterprisesCarryingItsFlagsAndTheEnterpriseAppliesThroughPayment() throws Exception {
        int year = java.time.LocalDate.now().getYear();
        long id = policy("测试：高新且专精特新补助", "HIGH_TECH,SPECIALISED", "", false);
        java.util.Set<String> both = new java.util.HashSet<>(registry.withFlag(EnterpriseFlag.HIGH_TECH, year, "339900"));
        both.retainAll(registry.withFlag(EnterpriseFlag.SPECIALISED, year, "339900"));
        String json = as("city", get("/api/v1/policies/" + id + "/matches")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> codes = JsonPath.read(json, "$[*].creditCode");
        assertThat(codes).isNotEmpty().containsExactlyInAnyOrderElementsOf(both);

        long highTech = policy("测试：高新技术企业补助", "HIGH_TECH", "", false);
        List<String> matched = JsonPath.read(as("city", get("/api/v1/policies/" + highTech + "/matches"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$[*].creditCode");
        assertThat(matched).contains("91339902MA0000015J");
        String applied = as("enterprise", json("/api/v1/policy-service/applications", "{\"policyId\":" + highTech + ",\"amount\":15}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("APPLIED"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long app = ((Number) JsonPath.read(applied, "$.id")).longValue();
        as("enterprise", json("/api/v1/policy-service/applications", "{\"policyId\":" + highTech + ",\"amount\":15}"))
                .andExpect(status().isConflict());
        as("city", json("/api/v1/policies/applications/" + app + "/decide", "{\"amount\":10}")).andExpect(status().isConflict());
        as("city", json("/api/v1/policies/applications/" + app + "/review", "{\"passed\":true}"))
                .andExpect(jsonPath("$.state").value("PASSED"));
        as("city", json("/api/v1/policies/applications/" + app + "/decide", "{\"amount\":16}")).andExpect(status().isBadRequest());
        as("city", json("/api/v1/policies/applications/" + app + "/decide", "{\"amount\":12}")).andExpect(jsonPath("$.state").value("GRANTED"));
        as("city", json("/api/v1/policies/applications/" + app + "/pay", "{}")).andExpect(jsonPath("$.state").value("PAID"))
                .andExpect(jsonPath("$.paid").value(12.0));
        as("city", get("/api/v1/policies/amounts").param("year", String.valueOf(year))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.policyId==" + highTech + ")].paidAmount").value(12.0));
        as("enterprise", get("/api/v1/policies/" + highTech + "/matches")).andExpect(status().isForbidden());
    }

    @Test
    void aPolicyWithoutApplicationIsGrantedByStaffAndRefusesAnApplication() throws Exception {
        long id = policy("测试：仪器仪表免申即享", "", "C34", true);
        List<String> matched = JsonPath.read(as("city", get("/api/v1/policies/" + id + "/matches"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$[*].creditCode");
        assertThat(matched).contains("91339902MA0000015J");
        as("enterprise", json("/api/v1/policy-service/applications", "{\"policyId\":" + id + ",\"amount\":5}"))
                .andExpect(status().isBadRequest());
        as("city", json("/api/v1/policies/" + id + "/grants", "{\"creditCode\":\"" + matched.get(0) + "\"}"))
                .andExpect(jsonPath("$.state").value("GRANTED")).andExpect(jsonPath("$.automatic").value(true))
                .andExpect(jsonPath("$.granted").value(20.0));
        as("city", json("/api/v1/policies/" + id + "/grants", "{\"creditCode\":\"91339999MA0000000X\"}")).andExpect(status().isBadRequest());
    }

    @Test
    void hostilePoliciesAreA400NamingTheField() throws Exception {
        as("city", json("/api/v1/policies", "{\"name\":\"x\",\"issuer\":\"y\",\"flags\":\"DROP TABLE\",\"maxAmount\":1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("flags"));
        as("city", json("/api/v1/policies", "{\"name\":\"x\",\"issuer\":\"y\",\"industries\":\"'; --\",\"maxAmount\":1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("industries"));
        as("city", json("/api/v1/policies", "{\"name\":\"x\",\"issuer\":\"y\",\"maxAmount\":-1,\"year\":3000}"))
                .andExpect(status().isBadRequest());
        as("owner", get("/api/v1/policies")).andExpect(status().isForbidden());
    }

    @Test
    void aPlatformMovesFromReserveToEvaluationAndItsEvaluationDateIsFlagged() throws Exception {
        String code = registry.inRegion("339903", 1).get(0);
        String json = as("city", json("/api/v1/innovation-platforms", """
                {"name":"测试工程研究中心","kind":"ENGINEERING_RESEARCH_CENTER","level":"CITY","field":"新能源","creditCode":"%s"}"""
                .formatted(code))).andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("RESERVE"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        as("city", json("/api/v1/innovation-platforms/" + id + "/status", "{\"status\":\"RECOGNISED\"}")).andExpect(status().isConflict());
        as("city", json("/api/v1/innovation-platforms/" + id + "/status", "{\"status\":\"DECLARED\",\"on\":\"2022-03-01\"}"))
                .andExpect(jsonPath("$.status").value("DECLARED"));
        as("city", json("/api/v1/innovation-platforms/" + id + "/status", "{\"status\":\"RECOGNISED\",\"on\":\"2022-09-01\"}"))
                .andExpect(jsonPath("$.nextEvaluationOn").value("2025-09-01")).andExpect(jsonPath("$.flag").value("RED"));
        as("city", json("/api/v1/innovation-platforms/" + id + "/status", "{\"status\":\"EVALUATED\"}"))
                .andExpect(jsonPath("$.status").value("EVALUATED")).andExpect(jsonPath("$.flag").value("GREEN"));
    }
}
