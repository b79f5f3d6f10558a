package org.fagai.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every planning page renders for staff, a leader, an administrator and a district user (the city's plans are not his: 404),
 * in Chinese and in English; unit accounts get none.
 */
@FagaiIntegrationTest
class PlanningPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private List<String> pages() {
        long plan = jdbc.sql("SELECT min(id) FROM planning_plan").query(Long.class).single();
        long action = jdbc.sql("SELECT min(id) FROM planning_action").query(Long.class).single();
        long annual = jdbc.sql("SELECT min(id) FROM planning_annual_plan").query(Long.class).single();
        long certification = jdbc.sql("SELECT min(id) FROM price_certification").query(Long.class).single();
        int pork = jdbc.sql("SELECT id FROM price_good WHERE code = 'PORK'").query(Integer.class).single();
        int year = LocalDate.now().getYear();
        return List.of("/planning/plans", "/planning/plans/" + plan, "/planning/plans/" + plan + "/evaluation",
                "/planning/plans/" + plan + "/export", "/planning/plans/" + plan + "/evaluation/report",
                "/planning/annual", "/planning/annual?year=" + (year + 3), "/planning/annual/" + annual + "/report",
                "/planning/actions", "/planning/actions/" + action, "/planning/actions/export",
                "/planning/livelihood", "/planning/livelihood?year=2025&region=339903", "/planning/livelihood/system",
                "/planning/livelihood/export?year=2025", "/planning/livelihood/values?year=2025",
                "/planning/population", "/planning/population?year=2026", "/planning/population/template",
                "/prices", "/prices?day=2026-02-16", "/prices/export?day=2026-02-16", "/prices/goods/" + pork,
                "/prices/goods/" + pork + "?from=2026-01-01&to=2026-03-31&day=2026-02-16", "/prices/collect",
                "/prices/collect?date=2026-02-16", "/prices/import", "/prices/import/template", "/prices/catalogue",
                "/prices/holiday-report?holiday=春节&year=2026", "/prices/certifications", "/prices/certifications/new",
                "/prices/certifications/" + certification, "/prices/certifications/export");
    }

    @Test
    void everyPageRendersForEachRoleInBothLanguages() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String user : List.of("city", "leader", "district", "admin")) {
            MockHttpSession session = Sessions.signIn(mvc, user);
            for (String lang : List.of("zh_CN", "en")) {
                for (String page : pages()) {
                    MockHttpServletResponse response = mvc.perform(get(page).param("lang", lang).session(session)).andReturn().getResponse();
                    // the city's plans are outside a district user's scope
                    boolean scoped = user.equals("district") && (page.startsWith("/planning/plans/") || page.matches("/planning/annual/\\d+/.*"));
                    if (response.getStatus() != 200 && !(scoped && response.getStatus() == 404)) {
                        failures.add(user + " " + lang + " " + page + " → " + response.getStatus() + " "
                                + response.getContentAsString(StandardCharsets.UTF_8).replaceAll("\\s+", " ").substring(0,
                                Math.min(300, response.getContentAsString(StandardCharsets.UTF_8).length())));
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void unitAccountsSeeNoPlanningPage() throws Exception {
        MockHttpSession owner = Sessions.signIn(mvc, "owner");
        for (String page : List.of("/planning/plans", "/prices", "/planning/livelihood", "/planning/population")) {
            assertThat(mvc.perform(get(page).session(owner)).andReturn().getResponse().getStatus()).as(page).isEqualTo(403);
        }
    }

    @Test
    void theAnnualPlanAndThePlansPickersNameTheMonitoringIndicatorsInTheReadersLanguage() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        var annual = jdbc.sql("SELECT year, region_code FROM planning_annual_plan ORDER BY id LIMIT 1").query().singleRow();
        String path = "/planning/annual?year=" + annual.get("year") + "&region=" + annual.get("region_code");
        long plan = jdbc.sql("SELECT min(id) FROM planning_plan").query(Long.class).single();
        String english = page(path, "en", city);
        assertThat(english).containsPattern("data-code=\"FAI\">\\s*<td>Fixed-asset investment</td>")
                .contains("<option value=\"GDP\">Gross regional product</option>");
        assertThat(page("/planning/plans/" + plan, "en", city)).containsPattern("<option value=\"FAI\"[^>]*>Fixed-asset investment</option>");
        String chinese = page(path, "zh_CN", city);
        assertThat(chinese).containsPattern("data-code=\"FAI\">\\s*<td>固定资产投资</td>")
                .contains("<option value=\"GDP\">地区生产总值</option>");
        assertThat(page("/planning/plans/" + plan, "zh_CN", city)).containsPattern("<option value=\"FAI\"[^>]*>固定资产投资</option>");
    }

    @Test
    void theAnnualPlansMonitoringTableWritesTheUnitsInTheReadersLanguage() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        var annual = jdbc.sql("SELECT year, region_code FROM planning_annual_plan ORDER BY id LIMIT 1").query().singleRow();
        String path = "/planning/annual?year=" + annual.get("year") + "&region=" + annual.get("region_code");
        String english = monitoringRow(page(path, "en", city), "BUDGET_REV");   // its absolute target: 470 (亿元)
        assertThat(english).containsPattern("470[.0-9]*</span> <small class=\"text-muted\">100m CNY</small>").doesNotContain("亿元");
        assertThat(monitoringRow(page(path, "zh_CN", city), "BUDGET_REV")).contains("亿元");
    }

    /** The monitoring table's row of indicator {@code code}. */
    private static String monitoringRow(String html, String code) {
        int start = html.indexOf("data-code=\"" + code + "\"");
        assertThat(start).as(code).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private String page(String path, String lang, MockHttpSession session) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).param("lang", lang).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
