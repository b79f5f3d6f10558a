package org.fagai.enterprise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.enterprise.internal.EnterpriseApiTest.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@FagaiIntegrationTest
class CoverageAndRatesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    List<String> packaged(int n) {
        return jdbc.sql("SELECT credit_code FROM service_package ORDER BY credit_code LIMIT ?").param(n).query(String.class).list();
    }

    void visit(String code, String date) {
        jdbc.sql("INSERT INTO enterprise_visit (credit_code, visited_on, visitors, created_by) VALUES (?, ?::date, '测试', 'test')")
                .params(code, date).update();
    }

    @Test
    void coverageCountsVisitsOnThePeriodsFirstAndLastDayAndAReVisitedEnterpriseOnce() throws Exception {
        List<String> codes = packaged(5);
        visit(codes.get(0), "2001-01-01");
        visit(codes.get(1), "2001-03-31");
        visit(codes.get(2), "2001-02-10");
        visit(codes.get(2), "2001-02-20");
        visit(codes.get(3), "2000-12-31");
        visit(codes.get(4), "2001-04-01");
        mvc.perform(get("/api/v1/service/coverage?from=2001-01-01&to=2001-03-31&groupBy=staff").with(as("city")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.assigned").value(DemoEnterprises.KEY_ENTERPRISES))
                .andExpect(jsonPath("$.total.visited").value(3))
                .andExpect(jsonPath("$.complete").value(false))
                .andExpect(jsonPath("$.groups.length()").value(2));
    }

    @Test
    void theDemoYearStatesTheSeedsSentenceFromData() throws Exception {
        mvc.perform(get("/api/v1/service/coverage?from=2023-01-01&to=2023-12-31&groupBy=town").with(as("leader")))
                .andExpect(jsonPath("$.total.assigned").value(463))
                .andExpect(jsonPath("$.total.visited").value(463))
                .andExpect(jsonPath("$.total.rate").value(1.0))
                .andExpect(jsonPath("$.sentence").value("实现463家企业走访覆盖率100%"));
        mvc.perform(get("/api/v1/service/coverage?from=2023-01-01&to=2023-12-31&groupBy=nobody").with(as("leader")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("groupBy"));
    }

    void demand(String code, String raised, Boolean responded, String satisfaction, Boolean resolved) {
        jdbc.sql("""
                        INSERT INTO enterprise_demand (credit_code, region_code, category, content, raised_by, channel, urgency, state,
                          raised_on, routed_on, responded_in_time, satisfaction, resolved, satisfied, department_id, created_by)
                        SELECT credit_code, region_code, 'LAND', '测试', '测试', 'HOTLINE', 'NORMAL',
                               CASE WHEN ?::text IS NULL THEN 'ROUTED' ELSE 'CLOSED' END, ?::date, ?::date, ?, ?, ?, ?, 1, 'test'
                        FROM enterprise WHERE credit_code = ?""")
                .params(satisfaction, raised, raised, responded, satisfaction, resolved,
                        satisfaction == null ? null : !"UNSATISFIED".equals(satisfaction), code)
                .update();
    }

    @Test
    void theThreeRatesReadTheStoredOutcomesOfDemandsRaisedInThePeriod() throws Exception {
        String code = packaged(1).get(0);
        demand(code, "2002-05-01", true, "SATISFIED", true);
        demand(code, "2002-05-02", true, "BASIC", false);
        demand(code, "2002-05-03", false, "UNSATISFIED", false);
        demand(code, "2002-05-31", true, null, null);
        demand(code, "2002-06-01", false, "SATISFIED", true);
        mvc.perform(get("/api/v1/demands/rates?from=2002-05-01&to=2002-05-31").with(as("city")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.demands").value(4))
                .andExpect(jsonPath("$.responseRate").value(0.75))
                .andExpect(jsonPath("$.resolutionRate").value(0.3333))
                .andExpect(jsonPath("$.satisfactionRate").value(0.6667))
                .andExpect(jsonPath("$.byCategory[0].key").value("LAND"))
                .andExpect(jsonPath("$.byMonth[0].key").value("2002-05"));
    }

    @Test
    void theSizeThresholdsAreOneRuleEach() {
        var t = org.fagai.enterprise.ScaleThresholds.STATISTICS;
        var above = java.util.Optional.of(org.fagai.enterprise.EnterpriseFlag.ABOVE_SCALE_INDUSTRY);
        var quota = java.util.Optional.of(org.fagai.enterprise.EnterpriseFlag.ABOVE_QUOTA_TRADE);
        assertThat(t.flagFor("3484", new java.math.BigDecimal("2000"))).isEqualTo(above);
        assertThat(t.flagFor("3484", new java.math.BigDecimal("1999.99"))).isEmpty();
        assertThat(t.flagFor("0610", new java.math.BigDecimal("2000"))).isEqualTo(above);
        assertThat(t.flagFor("4411", new java.math.BigDecimal("2000"))).isEqualTo(above);
        assertThat(t.flagFor("5124", new java.math.BigDecimal("2000"))).isEqualTo(quota);
        assertThat(t.flagFor("5124", new java.math.BigDecimal("1999"))).isEmpty();
        assertThat(t.flagFor("5212", new java.math.BigDecimal("500"))).isEqualTo(quota);
        assertThat(t.flagFor("5212", new java.math.BigDecimal("499.99"))).isEmpty();
        assertThat(t.flagFor("6110", new java.math.BigDecimal("200"))).isEqualTo(quota);
        assertThat(t.flagFor("6291", new java.math.BigDecimal("199"))).isEmpty();
        assertThat(t.flagFor("7010", new java.math.BigDecimal("99999"))).isEmpty();
        assertThat(LocalDate.of(2024, 11, 15)).satisfies(d -> assertThat(VisitPlan.quarterEnd(d)).isEqualTo("2024-12-31"));
        assertThat(CoverageRate.of(463, 463).sentence()).isEqualTo("实现463家企业走访覆盖率100%");
        assertThat(CoverageRate.of(463, 400).sentence()).isEqualTo("服务包企业463家，已走访400家，走访覆盖率86.39%");
    }
}
