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
    @Autowired
    javax.sql.DataSource dataSource;

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

        var admin = org.fagai.Sessions.signIn(mvc, "admin");
        assertThat(mvc.perform(get("/admin/audit?targetType=policy-application&lang=zh_CN").session(admin)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).as("each step by its states' names")
                .contains("审核通过 → 已决定兑现，12").doesNotContain("PASSED → GRANTED");
        assertThat(mvc.perform(get("/admin/audit?targetType=policy-application&lang=en").session(admin)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Review passed → Granted, 12");
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

    private static List<org.dhatim.fastexcel.reader.Row> rows(byte[] xlsx) throws Exception {
        try (org.dhatim.fastexcel.reader.ReadableWorkbook book = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            return book.getFirstSheet().read();
        }
    }

    @Test
    void thePoliciesAndPlatformsListsExportToExcelWithTheirFiltersAndFormulaTextKeptAsText() throws Exception {
        policy("=SUM(1,2)测试政策导出", "HIGH_TECH", "C40", true);
        int year = java.time.LocalDate.now().getYear();
        List<org.dhatim.fastexcel.reader.Row> policies = rows(as("city", get("/api/v1/policies/export").param("year", String.valueOf(year)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(policies.get(1).getCellText(0)).isEqualTo("政策名称");
        org.dhatim.fastexcel.reader.Row exported = policies.stream()
                .filter(r -> r.getCellText(0).endsWith("测试政策导出")).findFirst().orElseThrow();
        assertThat(exported.getCell(0).getType()).as("a formula kept as text").isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
        assertThat(exported.getCellText(5)).isEqualTo("高新技术企业");
        assertThat(exported.getCellText(8)).isEqualTo("是");
        assertThat(policies.stream().skip(2).filter(r -> r.getCellCount() > 4 && !r.getCellText(4).isEmpty())
                .allMatch(r -> r.getCellText(4).equals(String.valueOf(year)))).as("the year filter").isTrue();
        List<org.dhatim.fastexcel.reader.Row> lastYear = rows(as("city", get("/api/v1/policies/export").param("year", "2001"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(lastYear.stream().noneMatch(r -> r.getCellText(0).endsWith("测试政策导出"))).isTrue();

        String code = registry.inRegion("339903", 1).get(0);
        as("city", json("/api/v1/innovation-platforms", """
                {"name":"+测试导出技术中心","kind":"ENTERPRISE_TECH_CENTER","level":"PROVINCIAL","field":"仪器仪表","creditCode":"%s"}"""
                .formatted(code))).andExpect(status().isCreated());
        List<org.dhatim.fastexcel.reader.Row> reserve = rows(as("city", get("/api/v1/innovation-platforms/export").param("status", "RESERVE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(reserve.get(1).getCellText(0)).isEqualTo("平台名称");
        org.dhatim.fastexcel.reader.Row platform = reserve.stream().filter(r -> r.getCellText(0).equals("+测试导出技术中心")).findFirst().orElseThrow();
        assertThat(platform.getCellText(1)).isEqualTo("企业技术中心");
        assertThat(platform.getCellText(2)).isEqualTo("省级");
        assertThat(platform.getCellText(7)).isEqualTo("储备");
        assertThat(reserve.stream().skip(2).allMatch(r -> r.getCellText(7).equals("储备"))).isTrue();
        List<org.dhatim.fastexcel.reader.Row> recognised = rows(as("city", get("/api/v1/innovation-platforms/export").param("status", "RECOGNISED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(recognised.stream().noneMatch(r -> r.getCellText(0).equals("+测试导出技术中心"))).isTrue();
        as("owner", get("/api/v1/policies/export")).andExpect(status().isForbidden());
    }

    @Test
    void applicationsToActOnAndEvaluationsDueAreOnStaffToDoListsAndAPushedPolicyOnTheEnterprises() throws Exception {
        String staff = as("city", get("/api/v1/todo")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<String>>read(staff, "$[*].kind")).contains("policy.platform")
                .containsAnyOf("policy.review", "policy.decide", "policy.pay");
        assertThat(JsonPath.<List<String>>read(staff, "$[?(@.kind == 'policy.platform' && @.colour == 'RED')].link"))
                .as("the demo platform whose evaluation is past").isNotEmpty().allMatch("/innovation-platforms"::equals);

        long id = policy("测试：推送后待申报的政策", "", "", false);
        org.springframework.jdbc.core.simple.JdbcClient jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(dataSource);
        jdbc.sql("INSERT INTO policy_push (policy_id, credit_code, pushed_on, pushed_by) VALUES (?, '91339902MA0000015J', CURRENT_DATE, 'city')")
                .param(id).update();
        String mine = as("enterprise", get("/api/v1/todo")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<String>>read(mine, "$[?(@.kind == 'policy.apply')].title")).contains("可申报政策：测试：推送后待申报的政策");
        assertThat(JsonPath.<List<String>>read(as("owner", get("/api/v1/todo")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8), "$[*].kind")).noneMatch(k -> k.startsWith("policy."));
    }
}
