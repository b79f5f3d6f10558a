package org.fagai.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@FagaiIntegrationTest
class ProblemListsAndTodoTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoProblemListCounts31ProblemsAnd67MeasuresAndIsNotClosedWhileMeasuresAreOpen() throws Exception {
        long id = jdbc.sql("SELECT min(id) FROM supervision_problem_list").query(Long.class).single();
        String body = mvc.perform(get("/api/v1/supervision/problem-lists/" + id).with(httpBasic("leader", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problems").value(31))
                .andExpect(jsonPath("$.measures").value(67))
                .andExpect(jsonPath("$.closed").value(false))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long completed = ((Number) JsonPath.read(body, "$.completed")).longValue();
        long onTime = ((Number) JsonPath.read(body, "$.completedOnTime")).longValue();
        assertThat(completed).isEqualTo(jdbc.sql("SELECT count(*) FROM supervision_item i JOIN supervision_problem p ON p.id = i.problem_id"
                + " WHERE p.list_id = ? AND i.state = 'CLOSED'").param(id).query(Long.class).single());
        assertThat(completed).isBetween(40L, 66L);
        double rate = ((Number) JsonPath.read(body, "$.onTimeRate")).doubleValue();
        assertThat(rate).isCloseTo(onTime * 100.0 / 67, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void theIndexPagesTheListsOfAYearWithTheirCountsAndRefusesABadYear() throws Exception {
        var demo = jdbc.sql("SELECT id, year FROM supervision_problem_list ORDER BY id LIMIT 1").query().singleRow();
        var session = org.fagai.Sessions.signIn(mvc, "leader");
        String page = mvc.perform(get("/supervision/problem-lists").param("year", demo.get("year").toString()).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String row = page.substring(page.indexOf("/supervision/problem-lists/" + demo.get("id") + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains(">31<").contains(">67<");
        assertThat(page).contains("fagai-pager");
        mvc.perform(get("/supervision/problem-lists").param("year", "2001").session(session))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("暂无数据")));
        mvc.perform(get("/supervision/problem-lists").param("year", "-1").session(session)).andExpect(status().isBadRequest());
        mvc.perform(get("/supervision/problem-lists").param("page", "2147483647").session(session)).andExpect(status().isBadRequest());
    }

    @Test
    void aListIsClosedOnceEveryMeasureIsVerified() throws Exception {
        long district = jdbc.sql("SELECT id FROM app_user WHERE username = 'district'").query(Long.class).single();
        long city = jdbc.sql("SELECT id FROM app_user WHERE username = 'city'").query(Long.class).single();
        long unit = jdbc.sql("SELECT department_id FROM app_user WHERE username = 'district'").query(Long.class).single();
        String measure = """
                {"title":"整改措施%d","leadUnitId":%d,"leadPersonId":%d,"supervisorId":%d,"workingDays":30}""";
        String body = mvc.perform(post("/api/v1/supervision/problem-lists").contentType(MediaType.APPLICATION_JSON).content("""
                        {"title":"测试问题清单","year":2026,"problems":[{"title":"问题一","measures":[%s,%s]}]}"""
                        .formatted(measure.formatted(1, unit, district, city), measure.formatted(2, unit, district, city)))
                        .with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.problems").value(1))
                .andExpect(jsonPath("$.measures").value(2))
                .andExpect(jsonPath("$.items[0].measures[0].sourceType").value("PROBLEM_LIST"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long listId = ((Number) JsonPath.read(body, "$.id")).longValue();
        List<Integer> ids = JsonPath.read(body, "$.items[0].measures[*].id");
        for (int i = 0; i < ids.size(); i++) {
            String item = "/api/v1/supervision/items/" + ids.get(i);
            mvc.perform(post(item + "/sign").with(httpBasic("district", DEMO_PASSWORD))).andExpect(status().isOk());
            mvc.perform(post(item + "/request-closure").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"result\":\"完成\",\"evidence\":\"整改报告\"}").with(httpBasic("district", DEMO_PASSWORD)))
                    .andExpect(status().isOk());
            mvc.perform(get("/api/v1/supervision/problem-lists/" + listId).with(httpBasic("city", DEMO_PASSWORD)))
                    .andExpect(jsonPath("$.closed").value(false));
            mvc.perform(post(item + "/verify").with(httpBasic("city", DEMO_PASSWORD))).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/supervision/problem-lists/" + listId).with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.closed").value(true))
                .andExpect(jsonPath("$.completed").value(2))
                .andExpect(jsonPath("$.onTimeRate").value(100.0));
    }

    @Test
    void theStatisticsCountTheYearByAreaAndTheirTotalsAgree() throws Exception {
        int year = jdbc.sql("SELECT max(year) FROM supervision_area").query(Integer.class).single();
        String body = mvc.perform(get("/api/v1/supervision/stats?year=" + year).with(httpBasic("leader", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.byArea[?(@.key == '3')].label").value("全力扩大有效投资，在推动重大项目建设上下功夫"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Integer> byMonth = JsonPath.read(body, "$.byMonth[*].assigned");
        int total = ((Number) JsonPath.read(body, "$.total.assigned")).intValue();
        assertThat(byMonth.stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        assertThat(total).isEqualTo(jdbc.sql("SELECT count(*) FROM supervision_item WHERE year = ? AND state <> 'CANCELLED'")
                .param(year).query(Integer.class).single());
        mvc.perform(get("/api/v1/supervision/stats?year=1900").with(httpBasic("leader", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    @Test
    void theToDoListShowsWhatIsTheUsersSortedByDueDateWithALink() throws Exception {
        String body = mvc.perform(get("/api/v1/todo").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").exists())
                .andExpect(jsonPath("$[0].link").value(org.hamcrest.Matchers.startsWith("/")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> kinds = JsonPath.read(body, "$[*].kind");
        assertThat(kinds).contains("supervision.sign", "supervision.handle");
        List<String> due = JsonPath.read(body, "$[?(@.dueAt)].dueAt");
        assertThat(due).isSorted();
        String leader = mvc.perform(get("/api/v1/todo").with(httpBasic("leader", DEMO_PASSWORD)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<String>>read(leader, "$[*].kind")).contains("supervision.extension", "supervision.escalated",
                "approval.limit");
    }
}
