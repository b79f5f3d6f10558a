package org.fagai.project.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@FagaiIntegrationTest
class ProjectApiTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(700_000);

    @Autowired
    org.fagai.shared.web.Formats fmt;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private ResultActions as(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(httpBasic(user, DEMO_PASSWORD)));
    }

    private ResultActions postJson(String user, String path, String json) throws Exception {
        return as(user, post(path).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** A 2019 city-level project (a year no demo list uses) under construction since 2019-01-10: total 10000, before 1000, plan 4000 (万元). */
    private String startedProject() throws Exception {
        String code = "1901-339903-04-01-" + SERIAL.incrementAndGet();
        postJson("city", "/api/v1/projects", """
                {"code":"%s","name":"测试产业园项目","ownerUnit":"测试公司","ownerCreditCode":"91350100M000100Y43",
                 "regionCode":"339903","industryCode":"3741","totalInvestment":10000,"fundSelf":6000,"fundLoan":4000,
                 "completedBefore":1000,"stage":"前期","startMonth":"2019-01","endMonth":"2020-12",
                 "planYear":2019,"level":"市级","nature":"新建","plannedInvestment":4000}""".formatted(code))
                .andExpect(status().isCreated());
        postJson("city", "/api/v1/projects/" + code + "/stage", """
                {"stage":"CONSTRUCTION","date":"2019-01-10","note":"开工仪式"}""").andExpect(status().isOk());
        return code;
    }

    private void reopen(String code, String month) throws Exception {
        as("city", post("/api/v1/projects/" + code + "/progress/" + month + "/reopen")).andExpect(status().isOk());
    }

    private ResultActions report(String user, String code, String month, String amount) throws Exception {
        return postJson(user, "/api/v1/projects/" + code + "/progress", """
                {"month":"%s","completedInvestment":%s,"siteStatus":"主体施工"}""".formatted(month, amount));
    }

    @Test
    void theSummaryStatesTheSeedSentenceFromData() throws Exception {
        as("leader", get("/api/v1/projects/summary?year=2023&level=CITY"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(1185))
                .andExpect(jsonPath("$.totalInvestment").value(22996700.00))
                .andExpect(jsonPath("$.newCount").value(541))
                .andExpect(jsonPath("$.newTotalInvestment").value(11087700.00))
                .andExpect(jsonPath("$.text").value("2023年实施市级重点项目1185个，总投资2299.67亿元。其中，新建项目541个，总投资1108.77亿元。"));
    }

    @Test
    void theSummarysSentenceIsTheDashboardsEnglishUnderEnglish() throws Exception {
        as("leader", get("/api/v1/projects/summary?year=2023&level=CITY&lang=en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("In 2023, 1185 key projects (City) are under way, with a total investment of"
                        + " 2,299.67 × 100m CNY. Of them, 541 are new projects, with a total investment of 1,108.77 × 100m CNY."));
    }

    @Test
    void aProjectWithoutCodeGetsAMarkedProvisionalCodeThatIsReplacedLaterKeepingItsHistory() throws Exception {
        String body = postJson("city", "/api/v1/projects", """
                {"name":"谋划中的数据中心","ownerUnit":"示范市产业投资有限公司","regionCode":"339900","totalInvestment":50000}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.provisionalCode").value(true))
                .andExpect(jsonPath("$.stage").value("IDEA"))
                .andReturn().getResponse().getContentAsString();
        String provisional = JsonPath.read(body, "$.code");
        assertThat(provisional).startsWith("LS");
        String official = "2406-339900-04-01-" + SERIAL.incrementAndGet();
        postJson("city", "/api/v1/projects/" + provisional + "/code", "{\"newCode\":\"" + official + "\"}")
                .andExpect(jsonPath("$.code").value(official))
                .andExpect(jsonPath("$.provisionalCode").value(false))
                .andExpect(jsonPath("$.history[*].detail", hasItems(containsString(provisional + " → " + official))));
        as("city", get("/api/v1/projects/" + provisional)).andExpect(status().isNotFound());
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() throws Exception {
        postJson("city", "/api/v1/projects", """
                {"code":"2023-999999-48-01-00000","name":"","ownerUnit":"某公司","ownerCreditCode":"91350100M000100Y44",
                 "regionCode":"123456","industryCode":"C","totalInvestment":-5,"startMonth":"2023-13",
                 "planYear":2023,"level":"乡级","nature":"新建","plannedInvestment":100}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("code", "name", "ownerCreditCode", "regionCode", "industryCode",
                        "totalInvestment", "startMonth", "level")));
    }

    @Test
    void monthlyReportsGiveYearToDatePlanShareSinceStartAndTotalShare() throws Exception {
        String code = startedProject();
        for (String month : new String[] {"2019-01", "2019-02", "2019-03"}) {
            reopen(code, month);
        }
        report("city", code, "2019-01", "500").andExpect(status().isCreated());
        report("district", code, "2019-02", "700").andExpect(status().isNotFound());
        report("city", code, "2019-02", "700").andExpect(status().isCreated());
        report("city", code, "2019-03", "800")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.progress.yearToDate").value(2000.00))
                .andExpect(jsonPath("$.progress.planPercent").value(50.0))
                .andExpect(jsonPath("$.progress.sinceStart").value(3000.00))
                .andExpect(jsonPath("$.progress.totalPercent").value(30.0));
        assertThat(jdbc.sql("""
                SELECT w.year_to_date FROM project_warning w JOIN project p ON p.id = w.project_id
                WHERE p.code = ? AND w.month IN ('2019-03-01', '2019-12-01') ORDER BY w.month""").param(code)
                .query(java.math.BigDecimal.class).list()).allSatisfy(ytd -> assertThat(ytd).isEqualByComparingTo("2000"));
        as("city", get("/api/v1/projects/" + code + "/progress"))
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].yearToDate").value(500.00))
                .andExpect(jsonPath("$[1].yearToDate").value(1200.00));
    }

    @Test
    void aSecondReportIsACorrectionKeptAsANewVersion() throws Exception {
        String code = startedProject();
        reopen(code, "2019-04");
        report("city", code, "2019-04", "300").andExpect(jsonPath("$.version").value(1));
        report("city", code, "2019-04", "350.5")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.progress.completedInvestment").value(350.50));
        assertThat(jdbc.sql("SELECT count(*) FROM project_progress g JOIN project p ON p.id = g.project_id WHERE p.code = ?")
                .param(code).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE target_type = 'progress' AND target_id = ?")
                .param(code + "@2019-04").query(Long.class).single()).isEqualTo(3);
        List<String> details = jdbc.sql("SELECT detail FROM audit_log WHERE target_type = 'progress' AND target_id = ? ORDER BY id")
                .param(code + "@2019-04").query(String.class).list();
        assertThat(details.stream().map(fmt::storedChinese).toList().subList(1, 3))
                .containsExactly("填报本月完成投资300万元", "更正（第2版）本月完成投资350.5万元");
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
        try {
            List<String> english = details.stream().map(fmt::stored).toList();
            assertThat(english.get(0)).startsWith("Reporting reopened until ");
            assertThat(english.subList(1, 3)).containsExactly("Reported this month's completed investment: 300 × 10k CNY",
                    "Corrected (version 2) this month's completed investment: 350.5 × 10k CNY");
            assertThat(english).noneMatch(d -> d.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void aMonthPastItsWindowIsLockedUntilStaffReopenIt() throws Exception {
        String code = startedProject();
        report("city", code, "2019-05", "100")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("month"))
                .andExpect(jsonPath("$.errors[0].message", containsString("已锁定")));
        as("owner", post("/api/v1/projects/" + code + "/progress/2019-05/reopen")).andExpect(status().isNotFound());
        as("leader", post("/api/v1/projects/" + code + "/progress/2019-05/reopen")).andExpect(status().isForbidden());
        reopen(code, "2019-05");
        report("city", code, "2019-05", "100").andExpect(status().isCreated());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE detail LIKE '§project.audit.progress.reopened|%' AND target_id = ?")
                .param(code + "@2019-05").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badReportsAreRefusedWithTheirReasons() throws Exception {
        String code = startedProject();
        reopen(code, "2019-06");
        report("city", code, "2019-06", "-1").andExpect(jsonPath("$.errors[0].field").value("completedInvestment"));
        report("city", code, "2019-06", "1.234").andExpect(jsonPath("$.errors[0].message", containsString("两位小数")));
        report("city", code, "2019-06", "20000").andExpect(jsonPath("$.errors[0].message", containsString("总投资")));
        report("city", code, "2018-12", "1").andExpect(jsonPath("$.errors[*].message", hasItems(containsString("未列入2018年"))));
        report("city", code, "2019/06", "1").andExpect(jsonPath("$.errors[0].field").value("month"));
        report("leader", code, "2019-06", "1").andExpect(status().isForbidden());
        report("owner", code, "2019-06", "1").andExpect(status().isNotFound());
    }

    @Test
    void warningsShowEachProjectsColourAndReasonsForAMonth() throws Exception {
        String code = startedProject();
        for (String month : new String[] {"2019-01", "2019-02", "2019-03"}) {
            reopen(code, month);
            report("city", code, month, "0").andExpect(status().isCreated());
        }
        postJson("city", "/api/v1/projects/" + code + "/registration", "{\"registeredOn\":\"2019-01-20\"}").andExpect(status().isOk());
        String march = as("city", get("/api/v1/projects/warnings?month=2019-03&level=CITY")).andReturn().getResponse().getContentAsString();
        assertThat((java.util.List<String>) JsonPath.read(march, "$.projects[?(@.code == '" + code + "')].colour")).containsExactly("YELLOW");
        as("city", get("/api/v1/projects/warnings?month=2019-06&colour=RED"))
                .andExpect(jsonPath("$.projects[?(@.code == '" + code + "')].reasons[0]",
                        hasItems("年度计划完成0.0%，落后序时进度50.0%共50.0个百分点")));
    }

    @Test
    void stagesOnlyMoveForwardAndRegistrationNeedsAStartedProject() throws Exception {
        String code = startedProject();
        postJson("city", "/api/v1/projects/" + code + "/stage", "{\"stage\":\"PREPARATION\",\"date\":\"2019-02-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("只能向后推进")));
        postJson("city", "/api/v1/projects/" + code + "/registration", "{\"registeredOn\":\"2019-01-05\"}")
                .andExpect(jsonPath("$.errors[0].message", containsString("不能早于开工日期")));
        postJson("city", "/api/v1/projects/" + code + "/registration", "{\"registeredOn\":\"2019-02-01\"}")
                .andExpect(jsonPath("$.registered").value(true));
        postJson("leader", "/api/v1/projects/" + code + "/stage", "{\"stage\":\"COMPLETED\",\"date\":\"2019-12-01\"}")
                .andExpect(status().isForbidden());
    }

    @Test
    void aDistrictUserSeesOnlyHisDistrictAndTheOwnerOnlyHisUnit() throws Exception {
        as("district", get("/api/v1/projects?year=2023&size=200"))
                .andExpect(jsonPath("$.items[*].regionCode", everyItem(is("339902"))));
        as("owner", get("/api/v1/projects?year=2023&size=200"))
                .andExpect(jsonPath("$.items[*].ownerCreditCode", everyItem(is("913399027345678902"))));
        String otherDistrict = jdbc.sql("SELECT code FROM project WHERE region_code = '339905' LIMIT 1").query(String.class).single();
        as("district", get("/api/v1/projects/" + otherDistrict)).andExpect(status().isNotFound());
    }

    @Test
    void theListFiltersAndPagesAndTheWarningFilterMatchesTheDashboard() throws Exception {
        String dashboard = as("city", get("/api/v1/projects/dashboard?year=2023&level=CITY")).andReturn().getResponse().getContentAsString();
        int red = JsonPath.read(dashboard, "$.warnings.RED");
        as("city", get("/api/v1/projects?year=2023&level=CITY&warning=RED&size=5"))
                .andExpect(jsonPath("$.total").value(red))
                .andExpect(jsonPath("$.items.length()").value(5))
                .andExpect(jsonPath("$.items[*].warning", everyItem(is("RED"))));
        as("city", get("/api/v1/projects?year=2023&level=CITY&nature=NEW&size=1")).andExpect(jsonPath("$.total").value(541));
        as("city", get("/api/v1/projects?year=2023&q=" + java.net.URLEncoder.encode("临港", "UTF-8") + "&size=200"))
                .andExpect(jsonPath("$.items[*].name", everyItem(containsString("临港"))));
        as("city", get("/api/v1/projects?year=2023&industry=C&size=200"))
                .andExpect(jsonPath("$.items[*].industryCode", everyItem(org.hamcrest.Matchers.matchesPattern("(1[3-9]|[2-3]\\d|4[0-3]).*"))));
    }

    @Test
    void theDashboardRanksDistrictsByPlanCompletion() throws Exception {
        String body = as("city", get("/api/v1/projects/dashboard?year=2023&level=CITY")).andReturn().getResponse().getContentAsString();
        java.util.List<Double> percents = JsonPath.read(body, "$.regions[*].percent");
        assertThat(percents).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat((java.util.List<Integer>) JsonPath.read(body, "$.regions[*].rank")).startsWith(1);
        assertThat((java.util.List<Integer>) JsonPath.read(body, "$.months[*].month")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat((Double) JsonPath.read(body, "$.timeProgress")).isEqualTo(100.0);
    }
}
