package org.fagai.energy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@FagaiIntegrationTest
class EnergyListsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReviewStateRefresh refresh;

    private MockHttpServletResponse api(String path, String... params) throws Exception {
        var request = get(path).with(httpBasic("city", DEMO_PASSWORD));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
    }

    private int exportedRows(String path) throws Exception {
        byte[] xlsx = mvc.perform(get(path).session(Sessions.signIn(mvc, "city"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return (int) workbook.getFirstSheet().openStream().count() - 2; // the title and the header
        }
    }

    @Test
    void theReviewListIsOnePageFromTheDatabaseWithTheTotalOfAllThatMatch() throws Exception {
        MockHttpServletResponse all = api("/api/v1/energy/reviews");
        long total = Long.parseLong(all.getHeader("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(3);
        MockHttpServletResponse second = api("/api/v1/energy/reviews", "size", "1", "page", "1", "sort", "tce", "desc", "true");
        assertThat(second.getHeader("X-Total-Count")).isEqualTo(String.valueOf(total));
        List<Object> one = JsonPath.read(second.getContentAsString(), "$");
        assertThat(one).hasSize(1);
        List<Number> byTce = JsonPath.read(api("/api/v1/energy/reviews", "sort", "tce", "desc", "true").getContentAsString(), "$[*].annualTce");
        List<BigDecimal> figures = byTce.stream().map(n -> new BigDecimal(n.toString())).toList();
        assertThat(figures).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(new BigDecimal(JsonPath.read(second.getContentAsString(), "$[0].annualTce").toString())).isEqualByComparingTo(figures.get(1));
    }

    @Test
    void theWarningsFilterReadsTheStoredStateThatTheRefreshKeepsToTheDomainsJudgement() throws Exception {
        String warned = api("/api/v1/energy/reviews", "warnings", "true").getContentAsString();
        List<String> states = JsonPath.read(warned, "$[*].state");
        assertThat(states).isNotEmpty().allMatch(s -> List.of("LAPSING", "LAPSED", "ACCEPTANCE_DUE").contains(s));
        List<Integer> lapsedIds = JsonPath.read(warned, "$[?(@.state=='LAPSED')].id");
        Integer lapsed = lapsedIds.get(0);
        jdbc.sql("UPDATE energy_review SET state = 'APPROVED' WHERE id = ?").param(lapsed).update();
        assertThat(api("/api/v1/energy/reviews", "warnings", "true").getContentAsString()).doesNotContain("\"id\":" + lapsed + ",");
        assertThat(refresh.refreshAll()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT state FROM energy_review WHERE id = ?").param(lapsed).query(String.class).single()).isEqualTo("LAPSED");
    }

    @Test
    void theReviewExportHoldsTheRowsOfTheSameFiltersAsTheList() throws Exception {
        String total = api("/api/v1/energy/reviews", "warnings", "true").getHeader("X-Total-Count");
        assertThat(exportedRows("/energy/reviews/export?warnings=true&sort=project")).isEqualTo(Integer.parseInt(total));
        String page = mvc.perform(get("/energy/reviews").param("warnings", "true").param("sort", "state").param("desc", "true")
                .session(Sessions.signIn(mvc, "city"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("fagai-total").contains("aria-sort=\"descending\"");
    }

    @Test
    void theCheckListPagesInTheDatabaseAndItsExportFollowsTheSameFilters() throws Exception {
        MockHttpServletResponse all = api("/api/v1/energy/checks");
        int total = Integer.parseInt(all.getHeader("X-Total-Count"));
        assertThat(total).isPositive();
        List<Object> one = JsonPath.read(api("/api/v1/energy/checks", "size", "1", "sort", "difference", "desc", "true").getContentAsString(), "$");
        assertThat(one).hasSize(1);
        assertThat(exportedRows("/energy/checks/export")).isEqualTo(total);
        String open = api("/api/v1/energy/checks", "open", "true").getHeader("X-Total-Count");
        assertThat(exportedRows("/energy/checks/export?open=true")).isEqualTo(Integer.parseInt(open)).isLessThanOrEqualTo(total);
        mvc.perform(get("/api/v1/energy/checks").param("sort", "x".repeat(11)).with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void bothListPagesKeepTheirHeaderFilterAndFormFromTheSharedParts() throws Exception {
        for (String[] list : new String[][] {{"/energy/checks", "open", "check-form"}, {"/energy/reviews", "warnings", "review-form"}}) {
            String staff = mvc.perform(get(list[0]).param(list[1], "true").session(Sessions.signIn(mvc, "city"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(staff).contains("id=\"export\"", list[0] + "/export?", list[1] + "=true", "id=\"filter-" + list[1] + "\"",
                    "id=\"" + list[2] + "\"", "card-header");
            String leader = mvc.perform(get(list[0]).session(Sessions.signIn(mvc, "leader"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(leader).contains("id=\"filter-" + list[1] + "\"").doesNotContain("id=\"" + list[2] + "\"");
        }
    }
}
