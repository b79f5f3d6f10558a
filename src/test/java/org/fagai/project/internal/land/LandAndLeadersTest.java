package org.fagai.project.internal.land;

import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Land of a project and the land demand of a year's list; 包保领导 and a leader's own projects. */
@FagaiIntegrationTest
class LandAndLeadersTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(750_000);

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, DEMO_PASSWORD)));
    }

    private ResultActions json(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
        return as(user, request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** A 2037 district-list project (a year no demo list uses) in 339903. */
    private String listedProject() throws Exception {
        String code = "3701-339903-04-01-" + SERIAL.incrementAndGet();
        json("city", post("/api/v1/projects"), """
                {"code":"%s","name":"用地测试物流园","ownerUnit":"测试物流公司","regionCode":"339903","industryCode":"3741",
                 "totalInvestment":30000,"fundSelf":30000,"stage":"前期","startMonth":"2037-06","endMonth":"2039-12",
                 "planYear":2037,"level":"区级","nature":"新建","plannedInvestment":8000}""".formatted(code))
                .andExpect(status().isCreated());
        return code;
    }

    @Test
    void theLandOfAYearsKeyProjectsAddsUpToTheRegionsDemand() throws Exception {
        String supplied = listedProject();
        String waiting = listedProject();
        json("city", put("/api/v1/projects/" + supplied + "/land"), """
                {"areaMu":120.5,"nature":"NEW","approvalDocument":"示自然资供〔2037〕1号","supplyStatus":"SUPPLIED"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.supplyStatus").value("SUPPLIED"));
        json("city", put("/api/v1/projects/" + waiting + "/land"), """
                {"areaMu":80,"nature":"STOCK","supplyStatus":"IN_PROGRESS"}""").andExpect(status().isOk());
        as("city", get("/api/v1/projects/land-demand?year=2037&region=339903"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.regions[0].regionCode").value("339903"))
                .andExpect(jsonPath("$.regions[0].area").value(200.5))
                .andExpect(jsonPath("$.regions[0].newLand").value(120.5))
                .andExpect(jsonPath("$.regions[0].stock").value(80.0))
                .andExpect(jsonPath("$.regions[0].demand").value(80.0));
        as("city", get("/api/v1/projects/land-demand/export?year=2037&region=339903")).andExpect(status().isOk());
        as("district", get("/api/v1/projects/land-demand?year=2037")).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void hostileLandIsRefusedNamingEachField() throws Exception {
        String code = listedProject();
        json("city", put("/api/v1/projects/" + code + "/land"), """
                {"areaMu":-3,"nature":"FARM","supplyStatus":"MAYBE","approvalDocument":"%s"}""".formatted("文".repeat(300)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("approvalDocument")));
        json("city", put("/api/v1/projects/" + code + "/land"), """
                {"areaMu":-3,"nature":"FARM","supplyStatus":"MAYBE"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("areaMu")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("nature")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("supplyStatus")));
        json("owner", put("/api/v1/projects/" + code + "/land"), """
                {"areaMu":3,"nature":"NEW","supplyStatus":"SUPPLIED"}""").andExpect(status().isNotFound());
        as("city", get("/api/v1/projects/land-demand?year=1800")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("year")));
    }

    @Test
    void anAssignedLeaderSeesTheProjectAmongHisOwnWithItsColourAndBlockers() throws Exception {
        String code = listedProject();
        json("city", post("/api/v1/projects/" + code + "/leaders"), """
                {"username":"leader"}""").andExpect(status().isCreated()).andExpect(jsonPath("$[0].displayName").value("张主任"));
        json("city", post("/api/v1/projects/" + code + "/leaders"), """
                {"username":"leader"}""").andExpect(status().isConflict());
        json("city", post("/api/v1/projects/" + code + "/leaders"), """
                {"username":"district"}""").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("username")));
        json("leader", post("/api/v1/projects/" + code + "/leaders"), """
                {"username":"leader"}""").andExpect(status().isForbidden());
        as("leader", get("/api/v1/projects/mine?size=500"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.projects[*].code", hasItem(code)));
        as("city", delete("/api/v1/projects/" + code + "/leaders/leader")).andExpect(status().isOk());
        as("city", delete("/api/v1/projects/" + code + "/leaders/leader")).andExpect(status().isNotFound());
    }

    @Test
    void aLeadersOwnProjectsAreSummedByInvestmentTypeCountAndTotalInvestment() throws Exception {
        String body = as("leader", get("/api/v1/projects/mine?size=500")).andExpect(status().isOk())
                .andExpect(jsonPath("$.byType[0].type").value("GOVERNMENT"))
                .andExpect(jsonPath("$.byType[1].type").value("ENTERPRISE"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var expected = jdbc.sql("""
                SELECT p.investment_type || ':' || count(*) || ':' || sum(p.total_investment) FROM project_leader l
                JOIN project p ON p.id = l.project_id WHERE l.username = 'leader' GROUP BY p.investment_type ORDER BY 1 DESC""")
                .query(String.class).list();
        java.util.List<java.util.Map<String, Object>> byType = com.jayway.jsonpath.JsonPath.read(body, "$.byType");
        org.assertj.core.api.Assertions.assertThat(byType.stream().filter(t -> ((Number) t.get("count")).longValue() > 0)
                .map(t -> t.get("type") + ":" + t.get("count") + ":" + new java.math.BigDecimal(t.get("totalInvestment").toString())
                        .setScale(2)).toList()).containsExactlyElementsOf(expected);
        long total = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.total")).longValue();
        org.assertj.core.api.Assertions.assertThat(byType.stream().mapToLong(t -> ((Number) t.get("count")).longValue()).sum())
                .isEqualTo(total);
    }
}
