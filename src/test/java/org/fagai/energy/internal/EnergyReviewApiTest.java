package org.fagai.energy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.fagai.FagaiIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@FagaiIntegrationTest
class EnergyReviewApiTest {

    @Autowired
    MockMvc mvc;

    private ResultActions reviewClass(String tce, String kwh) throws Exception {
        return mvc.perform(get("/api/v1/energy/review-class").param("annualTce", tce).param("annualKwh", kwh).with(httpBasic("city", DEMO_PASSWORD)));
    }

    private ResultActions file(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/energy/reviews").contentType(MediaType.APPLICATION_JSON).content(body).with(httpBasic(user, DEMO_PASSWORD)));
    }

    @Test
    void theReviewClassAnswersEachThresholdAtAndAroundItsBoundary() throws Exception {
        reviewClass("10000", "0").andExpect(status().isOk()).andExpect(jsonPath("$.reviewClass").value("PROVINCE"));
        reviewClass("9999.99", "0").andExpect(jsonPath("$.reviewClass").value("LOCAL"));
        reviewClass("1000", "0").andExpect(jsonPath("$.reviewClass").value("LOCAL"));
        reviewClass("999.99", "499.99").andExpect(jsonPath("$.reviewClass").value("NONE"));
        reviewClass("999.99", "500").andExpect(jsonPath("$.reviewClass").value("LOCAL"));
    }

    @Test
    void aNegativeOrMissingFigureIsA400NamingIt() throws Exception {
        reviewClass("-1", "0").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("annualTce"));
        mvc.perform(get("/api/v1/energy/review-class").param("annualTce", "10").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("annualKwh"));
        mvc.perform(get("/api/v1/energy/review-class").param("annualTce", "abc").param("annualKwh", "1").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aFilingForAProjectThatNeedsNoReviewIsFlaggedAndTheOpinionLapsesTwoYearsLater() throws Exception {
        String body = file("city", """
                {"projectCode":"2024-339902-44-03-900001","projectName":"测试小型仓储项目","regionCode":"339902","annualTce":800,"annualWanKwh":300,"appliedOn":"2024-02-01"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reviewClass").value("NONE"))
                .andExpect(jsonPath("$.filingFlag", Matchers.containsString("不再单独进行节能审查")))
                .andReturn().getResponse().getContentAsString();
        Integer id = com.jayway.jsonpath.JsonPath.read(body, "$.id");
        mvc.perform(post("/api/v1/energy/reviews/" + id + "/opinion").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"opinionNumber\":\"测审〔2024〕1号\",\"opinionOn\":\"2024-03-01\"}").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lapsesOn").value("2026-03-01"));
        String state = LocalDate.now().isBefore(LocalDate.of(2026, 3, 1)) ? "APPROVED" : "LAPSED";
        mvc.perform(get("/api/v1/energy/reviews/" + id).with(httpBasic("city", DEMO_PASSWORD))).andExpect(jsonPath("$.state").value(Matchers.oneOf(state, "LAPSING")));
    }

    @Test
    void aProvinceSizedProjectIsFlaggedAtFilingAndOtherDistrictsAndUnitsCannotFile() throws Exception {
        file("city", """
                {"projectCode":"2024-339903-44-03-900002","projectName":"测试热电联产项目","regionCode":"339903","annualTce":15000,"annualWanKwh":9000}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.reviewClass").value("PROVINCE"))
                .andExpect(jsonPath("$.filingFlag", Matchers.containsString("省级")));
        file("district", """
                {"projectCode":"2024-339903-44-03-900003","projectName":"他区项目","regionCode":"339903","annualTce":1500,"annualWanKwh":100}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("regionCode"));
        file("owner", """
                {"projectCode":"2024-339902-44-03-900004","projectName":"项目单位","regionCode":"339902","annualTce":1500,"annualWanKwh":100}""")
                .andExpect(status().isForbidden());
        file("city", "{\"projectCode\":\"X-1\",\"projectName\":\"缺数\",\"regionCode\":\"339902\",\"annualTce\":-5}")
                .andExpect(status().isBadRequest());
    }

    @Test
    void theDemoHasReviewsInEveryWarningStateOnTheListAndThePanel() throws Exception {
        String list = mvc.perform(get("/api/v1/energy/reviews").param("warnings", "true").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("\"state\":\"LAPSING\"").contains("\"state\":\"LAPSED\"");
        String code = com.jayway.jsonpath.JsonPath.read(list, "$[0].projectCode");
        mvc.perform(get("/energy/projects/" + code + "/panel").session(org.fagai.Sessions.signIn(mvc, "city")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(Matchers.containsString("project-energy")));
    }

    @Test
    void theGlobalSearchReadsAReviewsLineInTheSearchersLanguage() throws Exception {
        file("city", """
                {"projectCode":"2024-339902-44-03-900077","projectName":"搜索语言测试项目","regionCode":"339902","annualTce":1234.5,"annualWanKwh":300,"appliedOn":"2024-02-01"}""")
                .andExpect(status().isCreated());
        for (String[] expected : new String[][] {
                {"en", "2024-339902-44-03-900077 · annual energy consumption 1234.5 tce"},
                {"zh_CN", "2024-339902-44-03-900077 · 年综合能耗 1234.5 吨标准煤"}}) {
            mvc.perform(get("/api/v1/search").param("q", "搜索语言测试").param("lang", expected[0]).with(httpBasic("city", DEMO_PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.title == '搜索语言测试项目')].detail").value(Matchers.contains(expected[1])));
        }
    }
}
