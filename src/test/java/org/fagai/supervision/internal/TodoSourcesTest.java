package org.fagai.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.fagai.FagaiIntegrationTest;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The to-do entries other modules feed through {@code TodoSource}: each one's title, due date, colour and link. */
@FagaiIntegrationTest
class TodoSourcesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingCalendar calendar;

    List<Map<String, Object>> todo(String user, String kind) throws Exception {
        return todo(user, kind, "zh_CN");
    }

    List<Map<String, Object>> todo(String user, String kind, String lang) throws Exception {
        String body = mvc.perform(get("/api/v1/todo").param("lang", lang).with(httpBasic(user, DEMO_PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$[?(@.kind == '" + kind + "')]");
    }

    @Test
    void theTitlesAreComposedInTheUsersLanguageAroundTheRecordsOwnNames() throws Exception {
        List<Map<String, Object>> chinese = todo("city", "credit.disclosure", "zh_CN");
        List<Map<String, Object>> english = todo("city", "credit.disclosure", "en");
        assertThat(english).hasSameSizeAs(chinese).isNotEmpty();
        for (int i = 0; i < chinese.size(); i++) {
            String names = ((String) chinese.get(i).get("title")).substring("双公示：".length());
            assertThat(english.get(i).get("title")).isEqualTo("Disclosure due: " + names);
            assertThat(english.get(i)).extracting("dueAt", "colour", "link")
                    .containsExactly(chinese.get(i).get("dueAt"), chinese.get(i).get("colour"), chinese.get(i).get("link"));
        }
        for (String user : List.of("city", "district", "owner", "enterprise", "leader")) {
            String body = mvc.perform(get("/api/v1/todo").param("lang", "en").with(httpBasic(user, DEMO_PASSWORD)))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            List<String> titles = JsonPath.<List<Map<String, Object>>>read(body, "$[*]").stream()
                    .filter(e -> !((String) e.get("kind")).matches("(supervision|approval|energy)\\..*")).map(e -> (String) e.get("title")).toList();
            assertThat(titles).as(user).noneMatch(t -> List.of("资金申请待", "资金支出红色", "安全生产：", "企业服务：", "月月报", "进度未填报", "政策兑现待",
                    "可申报政策", "创新平台待评估", "招商线索", "营商环境评价", "七有五性", "价格采集", "双公示：", "信用修复申请：", "红灯")
                    .stream().anyMatch(t::contains));
        }
    }

    @Test
    void theHomePageListsTheToDoTitlesInEnglishUnderTheEnglishLocale() throws Exception {
        var city = org.fagai.Sessions.signIn(mvc, "city");
        String english = mvc.perform(get("/").param("lang", "en").session(city)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String chinese = mvc.perform(get("/").param("lang", "zh_CN").session(city)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (String lang : List.of("en", "zh_CN")) {
            String body = mvc.perform(get("/api/v1/todo").param("lang", lang).with(httpBasic("city", DEMO_PASSWORD)))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            List<String> composed = JsonPath.<List<Map<String, Object>>>read(body, "$[*]").stream().limit(30)
                    .filter(e -> !((String) e.get("kind")).startsWith("approval.") && !((String) e.get("kind")).startsWith("supervision."))
                    .map(e -> org.springframework.web.util.HtmlUtils.htmlEscape((String) e.get("title"))).toList();
            assertThat(composed).as("the city's first to-do entries include composed titles").isNotEmpty();
            assertThat(lang.equals("en") ? english : chinese).contains(composed);
        }
        assertThat(english).doesNotContain("双公示：", "资金申请待发改审核", "月月报待审核");
        assertThat(chinese).doesNotContain("Disclosure due: ", "Funding applications: ");
    }

    @Test
    void aDisclosureDueWithinSevenWorkingDaysIsOnTheStaffListRedOncePastItsDay() throws Exception {
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        LocalDate horizon = calendar.current().addWorkingDays(today, 7).deadline();
        List<Map<String, Object>> expected = jdbc.sql("""
                        SELECT xk_wsh, xk_xdr_mc, due_date FROM credit_licence
                         WHERE published_at IS NULL AND due_date <= ? AND region_code LIKE '3399%' ORDER BY due_date LIMIT 30""")
                .param(horizon).query().listOfRows();
        assertThat(expected).as("the demo has licences waiting for publication").isNotEmpty();
        List<Map<String, Object>> entries = todo("city", "credit.disclosure");
        assertThat(entries).hasSize(expected.size());
        for (Map<String, Object> entry : entries) {
            Map<String, Object> licence = expected.stream().filter(l -> entry.get("title").equals("双公示：" + l.get("xk_wsh") + " " + l.get("xk_xdr_mc")))
                    .findFirst().orElseThrow(() -> new AssertionError("no licence for " + entry));
            LocalDate due = ((java.sql.Date) licence.get("due_date")).toLocalDate();
            assertThat(entry.get("dueAt")).isEqualTo(due.toString());
            assertThat(entry.get("colour")).isEqualTo(due.isBefore(today) ? "RED" : "YELLOW");
            assertThat(entry.get("link")).isEqualTo("/credit/disclosures");
        }
        assertThat(todo("owner", "credit.disclosure")).as("owners publish nothing").isEmpty();
    }

    @Test
    void anApplicationNearOrPastItsLimitIsOnTheLeadersListWithItsDeadlineAndState() throws Exception {
        List<Map<String, Object>> entries = todo("leader", "approval.limit");
        assertThat(entries).isNotEmpty();
        assertThat(entries).extracting(e -> e.get("colour")).contains("RED");
        for (Map<String, Object> entry : entries) {
            String link = (String) entry.get("link");
            assertThat(link).matches("/approvals/\\d+");
            String body = mvc.perform(get("/api/v1" + link).with(httpBasic("leader", DEMO_PASSWORD))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            String state = JsonPath.read(body, "$.state");
            assertThat(state).isIn("WARNING", "OVERDUE");
            assertThat(entry.get("colour")).isEqualTo(state.equals("OVERDUE") ? "RED" : "YELLOW");
            assertThat(entry.get("title")).isEqualTo(JsonPath.read(body, "$.title") + "（" + JsonPath.read(body, "$.applicantName") + "）");
            String deadline = JsonPath.read(body, "$.deadline");
            assertThat(entry.get("dueAt")).isEqualTo(deadline == null ? null : deadline.substring(0, 10));
        }
        assertThat(todo("owner", "approval.limit")).isEmpty();
    }

    @Test
    void aMonthReopenedForTheOwnerIsDueOnTheLastDayOfItsReopening() throws Exception {
        YearMonth month = YearMonth.now(ChinaTime.ZONE).minusMonths(1);
        Map<String, Object> project = jdbc.sql("""
                        SELECT p.id, p.code, p.name FROM project p JOIN project_plan pl ON pl.project_id = p.id AND pl.year = ?
                         WHERE p.owner_credit_code = '913399027345678902'
                           AND NOT EXISTS (SELECT 1 FROM project_progress g WHERE g.project_id = p.id AND g.month = ? AND g.current)
                         ORDER BY p.code LIMIT 1""")
                .params(month.getYear(), month.atDay(1)).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new AssertionError("the demo owner has a project with " + month + " unreported"));
        String code = (String) project.get("code");
        try {
            mvc.perform(post("/api/v1/projects/" + code + "/progress/" + month + "/reopen").with(httpBasic("city", DEMO_PASSWORD)))
                    .andExpect(status().isOk());
            LocalDate until = jdbc.sql("SELECT open_until FROM project_month_reopen WHERE project_id = ? AND month = ?")
                    .params(project.get("id"), month.atDay(1)).query(LocalDate.class).single();
            String title = project.get("name") + "：" + month.getMonthValue() + "月进度未填报，" + until.getMonthValue() + "月"
                    + until.getDayOfMonth() + "日截止";
            Map<String, Object> entry = todo("owner", "project.progress").stream().filter(e -> e.get("title").equals(title))
                    .findFirst().orElseThrow(() -> new AssertionError("no entry " + title));
            LocalDate today = LocalDate.now(ChinaTime.ZONE);
            assertThat(entry.get("dueAt")).isEqualTo(until.toString());
            assertThat(entry.get("colour")).isEqualTo(until.isBefore(today) ? "RED" : until.isBefore(today.plusDays(2)) ? "YELLOW" : "GREEN");
            assertThat(entry.get("link")).isEqualTo("/projects/report");
            assertThat(todo("city", "project.progress")).as("only owners report progress").isEmpty();
        } finally {
            jdbc.sql("DELETE FROM project_month_reopen WHERE project_id = ? AND month = ?").params(project.get("id"), month.atDay(1)).update();
        }
    }
}
