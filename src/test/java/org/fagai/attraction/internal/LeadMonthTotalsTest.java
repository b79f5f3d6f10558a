package org.fagai.attraction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.fagai.FagaiIntegrationTest;
import org.fagai.shared.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The month totals the funnel and the summary read for whole months equal the same figures recomputed from the leads
 * (the funnel grouped by chain sums the leads themselves; a period not of whole months reads them too), on the demo data
 * and after every kind of change a lead goes through. Written in a region of its own (成都市锦江区).
 */
@FagaiIntegrationTest
class LeadMonthTotalsTest {

    private static final String REGION = "510104";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LeadStore store;

    private String call(String method, String path, String body, String... params) throws Exception {
        var request = ("GET".equals(method) ? get(path) : post(path).contentType(MediaType.APPLICATION_JSON).content(body))
                .with(httpBasic("admin", DEMO_PASSWORD));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long lead(String origin, String foundOn) throws Exception {
        String body = call("POST", "/api/v1/attraction/leads", """
                {"investorName":"月度合计测试有限公司","origin":"%s","industryCode":"3741","intendedInvestment":20000,"regionCode":"%s",
                 "foundOn":"%s"}""".formatted(origin, REGION, foundOn));
        return ((Number) JsonPath.read(body, "$.lead.id")).longValue();
    }

    /** The funnel from the totals (no grouping, whole months) against the same funnel summed from the leads (by chain). */
    private void totalsEqualTheLeads(String region, String... period) throws Exception {
        String fromTotals = call("GET", "/api/v1/attraction/funnel", null, params(region, period));
        String fromLeads = call("GET", "/api/v1/attraction/funnel", null, params(region, period, "groupBy", "CHAIN"));
        for (String part : List.of("$.stages", "$.signed", "$.rates", "$.origins")) {
            Object expected = figures(JsonPath.read(fromLeads, part));
            assertThat(figures(JsonPath.read(fromTotals, part))).as(region + " " + List.of(period) + " " + part).isEqualTo(expected);
        }
        String summary = call("GET", "/api/v1/attraction/summary", null, params(region, period));
        assertThat(((Number) JsonPath.read(summary, "$.signedProjects")).longValue())
                .isEqualTo(((Number) JsonPath.read(fromLeads, "$.signed.projects")).longValue());
        assertThat(JsonPath.<Object>read(summary, "$.agreedInvestment").toString())
                .isEqualTo(JsonPath.<Object>read(fromLeads, "$.signed.agreedInvestment").toString());
    }

    /** The same figure whatever its scale (0 and 0.00, 3000 and 3000.0). */
    private static Object figures(Object json) {
        if (json instanceof Number n) {
            return new java.math.BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        if (json instanceof Map<?, ?> m) {
            Map<Object, Object> out = new java.util.TreeMap<>();
            m.forEach((k, v) -> out.put(k, figures(v)));
            return out;
        }
        if (json instanceof List<?> l) {
            return l.stream().map(LeadMonthTotalsTest::figures).toList();
        }
        return json;
    }

    private static String[] params(String region, String[] period, String... more) {
        List<String> all = new java.util.ArrayList<>(List.of("region", region));
        all.addAll(List.of(period));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void theDemoCitysTotalsEqualItsLeadsForAYearAndForTheFirstMonths() throws Exception {
        totalsEqualTheLeads("339900", "year", "2023");
        totalsEqualTheLeads("339900", "year", "2024");
        totalsEqualTheLeads("339900", "from", "2023-01-01", "to", "2023-06-30");
        totalsEqualTheLeads("339902", "from", "2023-03-01", "to", "2023-09-30");
    }

    @Test
    void afterLeadsAreFoundSignedMovedOnFundedAndDroppedTheTotalsStillEqualTheLeads() throws Exception {
        totalsEqualTheLeads(REGION, "year", "2024");
        long first = lead("OUTSIDE_CITY", "2024-02-10");
        long second = lead("OUTSIDE_PROVINCE", "2024-03-05");
        long third = lead("OUTSIDE_PROVINCE", "2024-03-20");
        totalsEqualTheLeads(REGION, "year", "2024");

        call("POST", "/api/v1/attraction/signings", """
                {"leadId":%d,"type":"FRAMEWORK","signedOn":"2024-04-01","amount":3000}""".formatted(first));
        call("POST", "/api/v1/attraction/signings", """
                {"leadId":%d,"type":"FRAMEWORK","signedOn":"2024-04-15","amount":5000}""".formatted(second));
        totalsEqualTheLeads(REGION, "year", "2024");
        // a later contract changes the amount of the project counted in April, not its month
        call("POST", "/api/v1/attraction/signings", """
                {"leadId":%d,"type":"CONTRACT","signedOn":"2024-06-03","amount":7000}""".formatted(second));
        call("POST", "/api/v1/attraction/leads/" + first + "/funds", "{\"amount\":1200,\"arrivedOn\":\"2024-06-01\"}");
        call("POST", "/api/v1/attraction/leads/" + third + "/drop", "{\"reason\":\"投资方放弃\",\"on\":\"2024-07-01\"}");
        totalsEqualTheLeads(REGION, "year", "2024");
        totalsEqualTheLeads(REGION, "from", "2024-04-01", "to", "2024-04-30");
        totalsEqualTheLeads(REGION, "from", "2024-01-01", "to", "2024-03-31");
        String funnel = call("GET", "/api/v1/attraction/funnel", null, "region", REGION, "year", "2024");
        assertThat(((Number) JsonPath.read(funnel, "$.stages[0].count")).longValue()).isEqualTo(3);
        assertThat(((Number) JsonPath.read(funnel, "$.signed.projects")).longValue()).isEqualTo(2);
        assertThat(JsonPath.<Object>read(funnel, "$.signed.agreedInvestment").toString()).startsWith("10000");
    }

    @Test
    void aStaleUpdateIsRefusedAndLeavesTheTotalsAsTheLeadsAre() throws Exception {
        long id = lead("OUTSIDE_CITY", "2024-05-06");
        Lead one = store.find(id).orElseThrow();
        Lead other = store.find(id).orElseThrow();
        store.update(one);
        Map<String, Object> before = jdbc.sql("SELECT * FROM attraction_lead_month WHERE region_code = ? AND cohort = 'FOUND'"
                + " AND month = '2024-05-01'").param(REGION).query().singleRow();
        assertThatThrownBy(() -> store.update(other)).isInstanceOf(ConflictException.class);
        assertThat(jdbc.sql("SELECT * FROM attraction_lead_month WHERE region_code = ? AND cohort = 'FOUND' AND month = '2024-05-01'")
                .param(REGION).query().singleRow()).isEqualTo(before);
        totalsEqualTheLeads(REGION, "year", "2024");
    }
}
