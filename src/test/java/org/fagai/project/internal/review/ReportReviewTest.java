package org.fagai.project.internal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** 月报审核: the reviewer sees the report with its workers, photos and stops; accepts it or returns it with a reason. */
@FagaiIntegrationTest
class ReportReviewTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(910_000);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private ResultActions postJson(String user, String path, String json) throws Exception {
        return mvc.perform(post(path).with(httpBasic(user, DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions get(String user, String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).with(httpBasic(user, DEMO_PASSWORD)));
    }

    /** A 2019 project of the demo owner's unit in 东湖区 under construction, March 2019 reopened and reported. */
    private String reportedProject() throws Exception {
        String code = "1901-339902-04-01-" + SERIAL.incrementAndGet();
        postJson("city", "/api/v1/projects", """
                {"code":"%s","name":"月报审核测试项目","ownerUnit":"示范市城建投资集团有限公司","ownerCreditCode":"913399027345678902",
                 "regionCode":"339902","industryCode":"3741","totalInvestment":10000,"fundSelf":10000,"stage":"前期",
                 "startMonth":"2019-01","endMonth":"2020-12","planYear":2019,"level":"市级","nature":"新建","plannedInvestment":4000}"""
                .formatted(code)).andExpect(status().isCreated());
        postJson("city", "/api/v1/projects/" + code + "/stage", """
                {"stage":"CONSTRUCTION","date":"2019-01-10","note":"开工"}""").andExpect(status().isOk());
        postJson("city", "/api/v1/projects/" + code + "/progress/2019-03/reopen", "{}").andExpect(status().isOk());
        postJson("owner", "/api/v1/projects/" + code + "/progress", """
                {"month":"2019-03","completedInvestment":350,"siteStatus":"主体施工","workersPlanned":120,"workersOnSite":96,"machines":8}""")
                .andExpect(status().is2xxSuccessful());
        return code;
    }

    @Test
    void staffSeeARecentMonthsReportsWaitingForReviewOnTheirToDoListUntilReviewed() throws Exception {
        // two months back: the browser tests reopen last month for the same owner, and its report form's month list
        // holds every open project's months (the same value twice, the other project's option disabled)
        java.time.YearMonth last = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(2);
        String code = "2401-339902-04-01-" + SERIAL.incrementAndGet();
        postJson("city", "/api/v1/projects", """
                {"code":"%s","name":"待审核月报测试项目","ownerUnit":"示范市城建投资集团有限公司","ownerCreditCode":"913399027345678902",
                 "regionCode":"339902","industryCode":"3741","totalInvestment":10000,"fundSelf":10000,"stage":"前期",
                 "startMonth":"%s","endMonth":"%s","planYear":%d,"level":"市级","nature":"新建","plannedInvestment":4000}"""
                .formatted(code, last.minusMonths(2), last.plusMonths(24), last.getYear())).andExpect(status().isCreated());
        postJson("city", "/api/v1/projects/" + code + "/stage", """
                {"stage":"CONSTRUCTION","date":"%s","note":"开工"}""".formatted(last.minusMonths(1).atDay(10)))
                .andExpect(status().isOk());
        postJson("city", "/api/v1/projects/" + code + "/progress/" + last + "/reopen", "{}").andExpect(status().isOk());
        postJson("owner", "/api/v1/projects/" + code + "/progress", """
                {"month":"%s","completedInvestment":200,"siteStatus":"基础施工"}""".formatted(last))
                .andExpect(status().is2xxSuccessful());
        String title = last.getYear() + "年" + last.getMonthValue() + "月月报待审核";
        long before = waiting(title);
        assertThat(before).as("the new report waits").isPositive();
        get("owner", "/api/v1/todo").andExpect(jsonPath("$[?(@.title =~ /.*月报待审核.*/)]").isEmpty());

        postJson("district", "/api/v1/projects/" + code + "/progress/" + last + "/review", """
                {"decision":"ACCEPTED"}""").andExpect(status().isOk());
        assertThat(waiting(title)).isEqualTo(before - 1);
    }

    /** How many reports the district's to-do entry of that month counts (0 without an entry). */
    private long waiting(String title) throws Exception {
        String body = get("district", "/api/v1/todo").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.List<String> titles = com.jayway.jsonpath.JsonPath.read(body, "$[*].title");
        return titles.stream().filter(t -> t.startsWith(title))
                .mapToLong(t -> Long.parseLong(t.substring(title.length()).replaceAll("[^0-9]", ""))).findFirst().orElse(0);
    }

    @Test
    void aReturnedReportNeedsItsReasonReopensTheMonthAndItsCorrectionWaitsForReviewAgain() throws Exception {
        String code = reportedProject();
        String path = "/api/v1/projects/" + code + "/progress/2019-03/review";
        postJson("owner", "/api/v1/projects/" + code + "/stoppages", """
                {"from":"2019-03-20","reason":"汛期停工","expectedResume":"2019-05-01"}""").andExpect(status().isCreated());
        get("district", path).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PENDING"))
                .andExpect(jsonPath("$.report.completedInvestment").value(350))
                .andExpect(jsonPath("$.report.workersOnSite").value(96))
                .andExpect(jsonPath("$.stoppages[0].reason").value("汛期停工"))
                .andExpect(jsonPath("$.photos").isEmpty());

        postJson("district", path, """
                {"decision":"RETURNED","reason":"  "}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
        postJson("owner", path, """
                {"decision":"ACCEPTED"}""").andExpect(status().isForbidden());
        postJson("district", path, """
                {"decision":"MAYBE"}""").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("decision")));
        postJson("district", path, """
                {"decision":"RETURNED","reason":"本月完成投资与形象进度不符，请核实"}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RETURNED"))
                .andExpect(jsonPath("$.history[0].reason").value("本月完成投资与形象进度不符，请核实"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE target_id = ? AND detail LIKE '§project.audit.review%|#project.review.decision.RETURNED|%'")
                .param(code + "@2019-03").query(Long.class).single()).isEqualTo(1);
        postJson("district", path, """
                {"decision":"ACCEPTED"}""").andExpect(status().isBadRequest());

        postJson("owner", "/api/v1/projects/" + code + "/progress", """
                {"month":"2019-03","completedInvestment":300,"siteStatus":"主体施工（核实后）","workersPlanned":120,"workersOnSite":96}""")
                .andExpect(status().is2xxSuccessful());
        get("city", path).andExpect(jsonPath("$.state").value("PENDING")).andExpect(jsonPath("$.report.version").value(2));
        postJson("district", path, """
                {"decision":"ACCEPTED"}""").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ACCEPTED"))
                .andExpect(jsonPath("$.history.length()").value(2));
    }

    @Test
    void aMonthWithoutAReportCannotBeReviewedAndHostileMonthsAreRefused() throws Exception {
        String code = reportedProject();
        get("city", "/api/v1/projects/" + code + "/progress/2019-04/review").andExpect(jsonPath("$.state").value("NOT_REPORTED"));
        postJson("city", "/api/v1/projects/" + code + "/progress/2019-04/review", """
                {"decision":"ACCEPTED"}""").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("month")));
        get("city", "/api/v1/projects/" + code + "/progress/-0001-01/review").andExpect(status().isBadRequest());
        postJson("city", "/api/v1/projects/" + code + "/progress/2019-03/review", """
                {"decision":"RETURNED","reason":"%s"}""".formatted("长".repeat(5000))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
    }

    @Test
    void theReviewPageShowsTheFiguresWorkersAndTheFormAndTheFormReturnsTheReport() throws Exception {
        String code = reportedProject();
        var district = org.fagai.Sessions.signIn(mvc, "district");
        String page = "/projects/" + code + "/progress/2019-03/review";
        String html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(page).session(district))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"review-form\"", "id=\"review-workers-on-site\">96<", "月报审核测试项目", "待审核");
        mvc.perform(post(page).session(district).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("decision", "RETURNED").param("reason", "照片与形象进度不符"))
                .andExpect(status().is3xxRedirection());
        get("city", "/api/v1/projects/" + code + "/progress/2019-03/review").andExpect(jsonPath("$.state").value("RETURNED"));
    }
}
