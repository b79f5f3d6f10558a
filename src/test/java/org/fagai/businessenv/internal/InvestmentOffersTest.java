package org.fagai.businessenv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.fagai.businessenv.InvestmentInterestRegistered;
import org.fagai.shared.CreditCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@FagaiIntegrationTest
@RecordApplicationEvents
class InvestmentOffersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    long publishedOffer(String title) throws Exception {
        String json = mvc.perform(post("/api/v1/investment-offers").contentType(MediaType.APPLICATION_JSON).content("""
                        {"title":"%s","regionCode":"339903","sector":"WATER","totalInvestment":52000,"mode":"FRANCHISE",
                         "contactName":"赵工","contactPhone":"0579-88123456","description":"特许经营期25年","publish":true}""".formatted(title))
                        .with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    MockHttpServletRequestBuilder interest(long offer, String code, String ip) {
        return post("/public/investment-offers/" + offer + "/interest").with(csrf()).with(r -> {
            r.setRemoteAddr(ip);
            return r;
        }).param("investorName", "示范民营投资有限公司").param("creditCode", code).param("contactName", "钱总")
                .param("contactPhone", "13800000000").param("message", "有意参与");
    }

    static String code(int n) {
        return CreditCode.withCheckDigits(String.format("91339903MA%06d", n)).value();
    }

    @Test
    void thePublicPageListsPublishedOffersWithoutSignInAndAnInterestIsRecordedAndPublishedAsALead() throws Exception {
        long id = publishedOffer("西山水厂特许经营项目");
        mvc.perform(get("/public/investment-offers")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("西山水厂特许经营项目")));
        mvc.perform(get("/public/investment-offers/" + id)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("特许经营")));
        mvc.perform(interest(id, code(1), "10.9.0.1")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM be_investment_interest WHERE offer_id = ?").param(id).query(Long.class).single())
                .isEqualTo(1);
        assertThat(events.stream(InvestmentInterestRegistered.class)).singleElement().satisfies(e -> {
            assertThat(e.offerId()).isEqualTo(id);
            assertThat(e.offerTitle()).isEqualTo("西山水厂特许经营项目");
            assertThat(e.creditCode()).isEqualTo(code(1));
            assertThat(e.regionCode()).isEqualTo("339903");
        });
        mvc.perform(get("/api/v1/investment-offers/" + id + "/interests").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].investorName").value("示范民营投资有限公司"));
    }

    @Test
    void hostileInterestsAreRefusedAndOneAddressIsBoundedPerHour() throws Exception {
        long id = publishedOffer("南岭片区停车设施项目");
        mvc.perform(interest(id, "91339903MA00000000", "10.9.0.2")).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("统一社会信用代码无效")));
        mvc.perform(post("/public/investment-offers/" + id + "/interest").with(csrf()).param("investorName", "<script>alert(1)</script>")
                        .param("creditCode", code(2)).param("contactName", "x").param("contactPhone", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>alert(1)"))));
        mvc.perform(post("/public/investment-offers/" + id + "/interest").param("investorName", "无令牌公司").param("creditCode", code(3))
                .param("contactName", "x").param("contactPhone", "13800000000")).andExpect(status().isForbidden());
        mvc.perform(post("/public/investment-offers/" + id + "/interest").with(csrf()).param("investorName", "长".repeat(300))
                .param("creditCode", code(3)).param("contactName", "x").param("contactPhone", "13800000000")).andExpect(status().isBadRequest());
        List<Integer> statuses = new ArrayList<>();
        for (int n = 10; n < 17; n++) {
            statuses.add(mvc.perform(interest(id, code(n), "10.9.0.3")).andReturn().getResponse().getStatus());
        }
        assertThat(statuses).containsExactly(302, 302, 302, 302, 302, 429, 429);
        mvc.perform(interest(id, code(10), "10.9.0.4")).andExpect(status().isConflict());
        mvc.perform(get("/public/investment-offers/999999")).andExpect(status().isNotFound());
        mvc.perform(get("/public/investment-offers").param("page", "-1")).andExpect(status().isBadRequest());
    }

    @Test
    void aDraftOrClosedOfferIsNotPublicAndAnOfferFromTheKeyProjectLibraryTakesItsFigures() throws Exception {
        String project = jdbc.sql("SELECT code FROM project WHERE region_code LIKE '3399%' ORDER BY code LIMIT 1").query(String.class).single();
        String json = mvc.perform(post("/api/v1/investment-offers").contentType(MediaType.APPLICATION_JSON).content("""
                        {"projectCode":"%s","sector":"INDUSTRY","mode":"EQUITY","contactName":"孙工","contactPhone":"0579-88000000"}"""
                        .formatted(project)).with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.projectCode").value(project))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        mvc.perform(get("/public/investment-offers/" + id)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/investment-offers/" + id + "/status").contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"CLOSED\"}")
                .with(httpBasic("city", DEMO_PASSWORD))).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/investment-offers").contentType(MediaType.APPLICATION_JSON).content("""
                        {"projectCode":"0000-000000-00-00-000000","sector":"NOPE","mode":"PPP","contactName":"","contactPhone":"x"}""")
                        .with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems(
                        "projectCode", "sector", "contactName", "contactPhone")));
        byte[] xlsx = mvc.perform(get("/api/v1/investment-offers/export").param("status", "DRAFT").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook book = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            List<org.dhatim.fastexcel.reader.Row> rows = book.getFirstSheet().read();
            assertThat(rows.get(1).getCellText(0)).isEqualTo("项目名称");
            assertThat(rows.stream().anyMatch(r -> project.equals(r.getCellText(1)))).isTrue();
        }
        mvc.perform(get("/api/v1/investment-offers/private-share").param("year", "2023").param("region", "339900")
                        .with(httpBasic("leader", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.projects").isNumber()).andExpect(jsonPath("$.privateShare").isNumber());
    }
}
