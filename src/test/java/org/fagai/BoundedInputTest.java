package org.fagai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The crashes found by sending hostile values, each now a 400 naming the parameter or field. */
@FagaiIntegrationTest
class BoundedInputTest {

    private static final String MEGABYTE = "长".repeat(1_000_000 / 3);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private ResultActions api(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic("city", DEMO_PASSWORD)));
    }

    private ResultActions refusedNaming(MockHttpServletRequestBuilder request, String field) throws Exception {
        return api(request).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
    }

    @Test
    void yearsOutsideTwoThousandToTwentyOneHundredAreRefusedOnEveryProjectListExportAndSummary() throws Exception {
        for (String year : new String[] {"-1", "0", "1999", "2101", "2147483647"}) {
            refusedNaming(get("/api/v1/projects").param("year", year), "year")
                    .andExpect(jsonPath("$.detail").value(containsString("2000-2100")));
            refusedNaming(get("/api/v1/projects/export").param("year", year), "year");
            refusedNaming(get("/api/v1/projects/summary").param("year", year), "year");
            refusedNaming(get("/api/v1/projects/dashboard").param("year", year), "year");
        }
        api(get("/api/v1/projects").param("year", "2023")).andExpect(status().isOk());
    }

    @Test
    void warningMonthsMustBeYearMonthsWithinTheRange() throws Exception {
        for (String month : new String[] {"-0001-01", "2023-13", "garbage", "+12023-01", "1999-12"}) {
            refusedNaming(get("/api/v1/projects/warnings").param("month", month), "month");
        }
        api(get("/api/v1/projects/warnings").param("month", "2023-06")).andExpect(status().isOk());
    }

    @Test
    void pagesWhoseOffsetCannotBeQueriedAndSizesOutsideOneToFiveHundredAreRefused() throws Exception {
        refusedNaming(get("/api/v1/approvals").param("page", "2147483647").param("size", "500"), "page");
        refusedNaming(get("/api/v1/approvals").param("page", "-1"), "page");
        refusedNaming(get("/api/v1/approvals").param("size", "0"), "size");
        refusedNaming(get("/api/v1/approvals").param("size", "501"), "size");
        refusedNaming(get("/api/v1/projects").param("size", "100000"), "size");
        api(get("/api/v1/approvals").param("page", "4294965").param("size", "500")).andExpect(status().isOk());
    }

    @Test
    void pagesAnswerAChineseErrorPageForTheSameValues() throws Exception {
        MockHttpSession admin = Sessions.signIn(mvc, "admin");
        MockHttpSession city = Sessions.signIn(mvc, "city");
        mvc.perform(get("/projects").param("year", "-1").session(city)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("年份应在2000-2100之间")));
        mvc.perform(get("/approvals").param("page", "2147483647").param("size", "500").session(city))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("页码应在0-")));
        mvc.perform(get("/admin/users").param("page", "2147483647").param("size", "500").session(admin))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("参数 page")));
    }

    @Test
    void aPenaltyWithAMegabytePartyNameIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM credit_penalty").query(Long.class).single();
        String body = """
                {"category":"GENERAL","partyName":"%s","partyCreditCode":"91339922MA2K0F069W",
                 "documentNumber":"示发改罚〔测试〕%s号","violationType":"未按规定报送资料","facts":"逾期未报送",
                 "basis":"《价格违法行为行政处罚规定》","penaltyType":"罚款","content":"罚款0.2万元","fineWan":0.2,
                 "decisionDate":"2024-05-06","effectiveUntil":"2024-05-06"}""".formatted(MEGABYTE, System.nanoTime());

        refusedNaming(post("/api/v1/credit/penalties").contentType(MediaType.APPLICATION_JSON).content(body), "partyName")
                .andExpect(jsonPath("$.detail").value(containsString("200")));

        assertThat(jdbc.sql("SELECT count(*) FROM credit_penalty").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void overLongTextsOfProjectsAndApplicationsAreRefusedNamingTheField() throws Exception {
        refusedNaming(post("/api/v1/projects").contentType(MediaType.APPLICATION_JSON).content("""
                {"name":"测试项目","ownerUnit":"测试公司","regionCode":"339903","location":"%s",
                 "totalInvestment":100,"stage":"前期","startMonth":"2024-01","endMonth":"2024-12"}"""
                .formatted("地".repeat(201))), "location");
        refusedNaming(post("/api/v1/approvals").contentType(MediaType.APPLICATION_JSON).content("""
                {"kind":"FILING","applicantName":"东湖智能装备有限公司","applicantCreditCode":"91339922MA2K0F069W",
                 "projectCode":"2406-339902-04-03-000777","title":"%s"}""".formatted("题".repeat(301))), "title");
        refusedNaming(post("/api/v1/projects/no-such/stage").contentType(MediaType.APPLICATION_JSON)
                .content("{\"stage\":\"CONSTRUCTION\",\"note\":\"" + MEGABYTE + "\"}"), "note");
    }

    @Test
    void aProjectStartingBeforeTheRangeIsRefusedNamingTheMonth() throws Exception {
        refusedNaming(post("/api/v1/projects").contentType(MediaType.APPLICATION_JSON).content("""
                {"name":"测试项目","ownerUnit":"测试公司","regionCode":"339903","totalInvestment":100,"stage":"前期",
                 "startMonth":"-0001-01","endMonth":"2024-12"}"""), "startMonth");
    }
}
