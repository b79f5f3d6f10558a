package org.fagai.cockpit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@FagaiIntegrationTest
class CockpitApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @SuppressWarnings("unchecked")
    private Map<String, Object> cockpit(String user, String query) throws Exception {
        String body = mvc.perform(get("/api/v1/cockpit?" + query).with(httpBasic(user, DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readValue(body, Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tile(Map<String, Object> cockpit, String key) {
        return ((List<Map<String, Object>>) cockpit.get("tiles")).stream().filter(t -> key.equals(t.get("key"))).findFirst()
                .orElseThrow(() -> new AssertionError("no tile " + key));
    }

    @SuppressWarnings("unchecked")
    private static String figure(Map<String, Object> tile, String labelKey) {
        return ((List<Map<String, Object>>) tile.get("figures")).stream().filter(f -> labelKey.equals(f.get("labelKey")))
                .map(f -> (String) f.get("value")).findFirst().orElseThrow(() -> new AssertionError("no figure " + labelKey));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLeadersCockpitOf2023ShowsEachModulesTileWithPeriodSourceAndLink() throws Exception {
        Map<String, Object> c = cockpit("leader", "year=2023&region=339900");
        assertThat(c.get("regionName")).isEqualTo("示范市");
        assertThat(c.get("period")).isEqualTo("2023年全年");
        Map<String, Object> projects = tile(c, "projects");
        assertThat(figure(projects, "cockpit.projects.count")).isEqualTo("1,185");
        assertThat(figure(projects, "cockpit.projects.total")).isEqualTo("2299.67亿元");
        assertThat(figure(projects, "cockpit.projects.new")).isEqualTo("541 · 1108.77亿元");
        assertThat(projects.get("link")).isEqualTo("/projects/dashboard?year=2023&level=CITY");
        assertThat(projects.get("sourceKey")).isEqualTo("cockpit.source.projects");
        assertThat((String) projects.get("period")).startsWith("2023年市级重点项目");
        Map<String, Object> economy = tile(c, "economy");
        assertThat(economy.get("period")).isEqualTo("2023年全年");
        assertThat(economy.toString()).contains("地区生产总值", "2578亿元 · 7.9%");
        assertThat(((Map<String, Object>) economy.get("chart")).keySet()).contains("map", "trend");
        Map<String, Object> funds = tile(c, "funds");
        assertThat(funds.get("link")).isEqualTo("/funds?year=2023&region=339900");
        for (Map<String, Object> t : (List<Map<String, Object>>) c.get("tiles")) {
            assertThat(t.get("period")).as("period of " + t.get("key")).isNotNull();
            assertThat((String) t.get("link")).as("link of " + t.get("key")).startsWith("/");
            assertThat((String) t.get("sourceKey")).matches("(cockpit|" + t.get("key") + ")\\..+");   // a contributing module's own key
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAttractionTileStatesSeedZerosFiguresAndItsFunnelFromTheAttractionModule() throws Exception {
        Map<String, Object> c = cockpit("leader", "year=2023&region=339900");
        assertThat((List<String>) c.get("missing")).doesNotContain("attraction").doesNotContain("energy");
        Map<String, Object> attraction = tile(c, "attraction");
        assertThat(figure(attraction, "attraction.cockpit.trips")).isEqualTo("130");
        assertThat(figure(attraction, "attraction.cockpit.negotiations")).isEqualTo("832");
        assertThat(figure(attraction, "attraction.cockpit.majorEvents")).isEqualTo("32");
        assertThat(figure(attraction, "attraction.cockpit.signed")).isEqualTo("370 · 1580亿元");
        assertThat(attraction.get("link")).isEqualTo("/attraction?year=2023&region=339900");
        List<Map<String, Object>> funnel = (List<Map<String, Object>>) ((Map<String, Object>) attraction.get("chart")).get("funnel");
        assertThat(funnel).extracting(s -> s.get("name")).containsExactly("线索", "洽谈", "签约", "注册落地", "开工", "投产", "达产");
        long found = jdbc.sql("SELECT count(*) FROM attraction_lead WHERE found_on BETWEEN '2023-01-01' AND '2023-12-31'"
                + " AND region_code LIKE '3399%'").query(Long.class).single();
        assertThat(((Number) funnel.get(0).get("value")).longValue()).isEqualTo(found);
    }

    @Test
    void theSupervisionTileCountsThisYearsItemsByTheColourTheyStored() throws Exception {
        int year = jdbc.sql("SELECT max(year) FROM supervision_item").query(Integer.class).single();
        Map<String, Object> c = cockpit("leader", "year=" + year + "&region=339900");
        long red = jdbc.sql("SELECT count(*) FROM supervision_item WHERE year = ? AND state NOT IN ('CLOSED', 'CANCELLED')"
                + " AND colour = 'RED' AND region_code LIKE '3399%'").param(year).query(Long.class).single();
        long problems = jdbc.sql("SELECT count(DISTINCT i.problem_id) FROM supervision_item i JOIN supervision_problem p"
                + " ON p.id = i.problem_id JOIN supervision_problem_list l ON l.id = p.list_id WHERE l.year = ? AND i.region_code LIKE '3399%'")
                .param(year).query(Long.class).single();
        long measures = jdbc.sql("SELECT count(*) FROM supervision_item i JOIN supervision_problem p ON p.id = i.problem_id"
                + " JOIN supervision_problem_list l ON l.id = p.list_id WHERE l.year = ? AND i.region_code LIKE '3399%'")
                .param(year).query(Long.class).single();
        Map<String, Object> supervision = tile(c, "supervision");
        assertThat(figure(supervision, "cockpit.supervision.red")).isEqualTo(String.valueOf(red));
        assertThat(figure(supervision, "cockpit.supervision.problems")).isEqualTo(problems + " / " + measures);
    }

    @Test
    void aDistrictSeesItsOwnDistrictAndNotTheCity() throws Exception {
        Map<String, Object> c = cockpit("district", "year=2023");
        assertThat(c.get("regionCode")).isEqualTo("339902");
        assertThat(c.get("regionName")).isEqualTo("东湖区");
        mvc.perform(get("/api/v1/cockpit?year=2023&region=339900").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cockpit?year=2023&region=339903").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void projectOwnersHaveNoCockpit() throws Exception {
        mvc.perform(get("/api/v1/cockpit?year=2023").with(httpBasic("owner", DEMO_PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void hostileYearAndRegionAreRefusedNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/cockpit?year=1899").with(httpBasic("leader", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/cockpit?year=2099").with(httpBasic("leader", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/v1/cockpit?region=ABC").with(httpBasic("leader", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("region"));
    }
}
