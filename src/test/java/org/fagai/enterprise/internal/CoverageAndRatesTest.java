package org.fagai.enterprise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.enterprise.internal.EnterpriseApiTest.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
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

    private List<Row> sheet(String path, MockHttpSession session) throws Exception {
        byte[] file = mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            return workbook.getFirstSheet().read();
        }
    }

    @Test
    void theServicePageCountsTheNotYetVisitedAndItsExportsHoldTheCoverageAndEveryOneOfThem() throws Exception {
        String visited = packaged(1).get(0);
        visit(visited, "2003-02-01");
        MockHttpSession city = Sessions.signIn(mvc, "city");
        int notVisited = DemoEnterprises.KEY_ENTERPRISES - 1;
        String page = mvc.perform(get("/enterprises/service?from=2003-01-01&to=2003-03-31&groupBy=town").session(city))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("期间内尚未走访的企业（" + notVisited + " 家）", "页面列出前 50 家，导出含全部");

        List<Row> coverage = sheet("/enterprises/service/export?from=2003-01-01&to=2003-03-31&groupBy=town", city);
        assertThat(coverage.get(1).getCellText(4)).isEqualTo("走访覆盖率");
        assertThat(coverage.get(2).getCellText(0)).isEqualTo("合计");
        assertThat(coverage.get(2).getCellAsNumber(2).orElseThrow().intValue()).isEqualTo(DemoEnterprises.KEY_ENTERPRISES);
        assertThat(coverage.get(2).getCellAsNumber(3).orElseThrow().intValue()).isEqualTo(1);
        assertThat(coverage.subList(3, coverage.size())).allSatisfy(r -> assertThat(r.getCellText(0)).isEqualTo("乡镇街道"));

        List<Row> missing = sheet("/enterprises/service/not-visited/export?from=2003-01-01&to=2003-03-31", city);
        assertThat(missing.size() - 2).isEqualTo(notVisited);
        assertThat(missing.stream().skip(2).map(r -> r.getCellText(1))).doesNotContain(visited).doesNotHaveDuplicates();
        mvc.perform(get("/enterprises/service/not-visited/export?from=2003-03-31&to=2003-01-01").session(city))
                .andExpect(status().isBadRequest());
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
