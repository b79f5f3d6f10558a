package org.fagai.reference.internal;

import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@FagaiIntegrationTest
class ReferenceApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aValidCreditCodeIsConfirmedWithItsEntityType() throws Exception {
        mvc.perform(get("/api/v1/reference/credit-codes/91350100M000100Y43").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"code":"91350100M000100Y43","valid":true,"entityType":"企业","regionCode":"350100"}"""));
    }

    @Test
    void aWrongFinalCheckDigitIsExplainedInChinese() throws Exception {
        mvc.perform(get("/api/v1/reference/credit-codes/91350100M000100Y44").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.reason").value("第18位校验码应为3"));
        mvc.perform(get("/api/v1/reference/credit-codes/9135010").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.containsString("18位")));
    }

    @Test
    void regionsAnswerWithNameLevelAndParent() throws Exception {
        mvc.perform(get("/api/v1/reference/regions/110101").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(content().json("""
                        {"code":"110101","name":"东城区","level":"COUNTY","parentCode":"110100"}"""));
        mvc.perform(get("/api/v1/reference/regions/330000").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.name").value("浙江省"))
                .andExpect(jsonPath("$.level").value("PROVINCE"));
    }

    @Test
    void unknownCodesAreNotFoundProblems() throws Exception {
        mvc.perform(get("/api/v1/reference/regions/999999").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("999999")));
        mvc.perform(get("/api/v1/reference/industries/9999").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void industriesAnswerAtEveryLevelOfGbt4754() throws Exception {
        mvc.perform(get("/api/v1/reference/industries/C").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.name").value("制造业")).andExpect(jsonPath("$.level").value("SECTION"));
        mvc.perform(get("/api/v1/reference/industries/79").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.name").value("土地管理业")).andExpect(jsonPath("$.parentCode").value("N"));
        mvc.perform(get("/api/v1/reference/industries/3741").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.name").value("飞机制造")).andExpect(jsonPath("$.parentCode").value("374"));
        mvc.perform(get("/api/v1/reference/industries/0111").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.level").value("CLASS")).andExpect(jsonPath("$.parentCode").value("011"));
    }

    @Test
    void theShippedTablesAreLoadedWhole() {
        assertThat(jdbc.sql("SELECT count(*) FROM region WHERE level = 'PROVINCE'").query(Long.class).single()).isEqualTo(31);
        assertThat(jdbc.sql("SELECT count(*) FROM industry WHERE level = 'SECTION'").query(Long.class).single()).isEqualTo(20);
        assertThat(jdbc.sql("SELECT count(*) FROM industry WHERE level = 'DIVISION'").query(Long.class).single()).isEqualTo(97);
        assertThat(jdbc.sql("SELECT count(*) FROM industry WHERE level = 'CLASS'").query(Long.class).single()).isEqualTo(1381);
    }
}
