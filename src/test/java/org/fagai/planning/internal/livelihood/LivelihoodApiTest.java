package org.fagai.planning.internal.livelihood;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** 七有五性 through the API: the demo 2025 year ranked, a district's own view, a new half-year reported, refusals. */
@FagaiIntegrationTest
class LivelihoodApiTest {

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, DEMO_PASSWORD);
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theDemoYearRanksTheSixDistrictsWithTwelveDimensionsAndFlagsMissingReports() throws Exception {
        String body = body(get("/api/v1/livelihood/index").param("year", "2025").with(as("leader")));
        List<Integer> ranks = JsonPath.read(body, "$[*].rank");
        assertThat(ranks).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat((List<Object>) JsonPath.read(body, "$[0].dimensions[*].name")).hasSize(12).startsWith("幼有所育").endsWith("安全性");
        assertThat((List<Object>) JsonPath.read(body, "$[?(@.regionName == '东湖区')].rank")).first()
                .satisfies(r -> assertThat((Integer) r).isLessThanOrEqualTo(2));
        assertThat((List<Object>) JsonPath.read(body, "$[?(@.regionName == '北港区')].missing")).containsExactly(2);
        List<Double> totals = JsonPath.read(body, "$[*].total");
        assertThat(totals).isSortedAccordingTo((a, b) -> Double.compare(b, a)).allMatch(t -> t >= 60 && t <= 100);
        String missing = body(get("/api/v1/livelihood/missing").param("year", "2025").with(as("city")));
        assertThat((List<Object>) JsonPath.read(missing, "$[*].memberUnit")).containsExactlyInAnyOrder("生态环境局", "民政局", "文化和旅游局");
    }

    @Test
    void aDistrictUserSeesHisOwnRankAndWeakestIndicatorsOnly() throws Exception {
        String body = body(get("/api/v1/livelihood/index").param("year", "2025").with(as("district")));
        assertThat((List<Object>) JsonPath.read(body, "$[*].regionCode")).containsExactly("339902");
        assertThat((List<Object>) JsonPath.read(body, "$[0].weakest[*].code")).contains("ELDERLY_BEDS", "PARK_AREA");
        assertThat((String) JsonPath.read(body, "$[0].weakest[0].memberUnit")).isNotBlank();
    }

    @Test
    void aNewHalfYearIsOpenedReportedByTheDistrictAndOwedReportsReachItsToDoList() throws Exception {
        mvc.perform(json(post("/api/v1/livelihood/rounds"), "{\"year\":2026,\"half\":1,\"dueOn\":\"2026-07-31\"}").with(as("city")))
                .andExpect(status().isCreated());
        mvc.perform(json(post("/api/v1/livelihood/values"), """
                        {"year":2026,"half":1,"regionCode":"339902","values":[{"code":"PM25","value":29.5},{"code":"UNEMPLOYMENT","value":4.8}]}""")
                        .with(as("district")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.saved").value(2));
        String body = body(get("/api/v1/livelihood/index").param("year", "2026").param("half", "1").with(as("city")));
        assertThat((List<Object>) JsonPath.read(body, "$[?(@.regionCode == '339902')].missing")).containsExactly(22);
        assertThat((List<Object>) JsonPath.read(body, "$[?(@.regionCode == '339902')].rank")).containsExactly(1);
        String todo = body(get("/api/v1/todo").with(as("district")));
        assertThat(todo).contains("七有五性2026年上半年：东湖区尚有22项指标未报送");
    }

    @Test
    void refusalsNameTheFieldAndKeepDistrictsToTheirOwnValues() throws Exception {
        mvc.perform(get("/api/v1/livelihood/index").param("year", "1999").with(as("city"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/livelihood/index").param("year", "2025").param("half", "7").with(as("city")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("half"));
        mvc.perform(json(post("/api/v1/livelihood/values"), "{\"year\":2025,\"half\":0,\"regionCode\":\"339903\",\"values\":[{\"code\":\"PM25\",\"value\":30}]}")
                .with(as("district"))).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/livelihood/values"), "{\"year\":2025,\"half\":0,\"regionCode\":\"339902\",\"values\":[{\"code\":\"NOPE\",\"value\":30}]}")
                .with(as("district"))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("values[0].code"));
        mvc.perform(json(post("/api/v1/livelihood/rounds"), "{\"year\":2025,\"half\":0,\"dueOn\":\"2026-01-31\"}").with(as("city")))
                .andExpect(status().isConflict());
        mvc.perform(json(post("/api/v1/livelihood/rounds"), "{\"year\":2027,\"half\":0,\"dueOn\":\"2028-01-31\"}").with(as("district")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/livelihood/index").param("year", "2025").with(as("owner"))).andExpect(status().isForbidden());
    }
}
