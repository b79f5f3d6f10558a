package org.fagai.businessenv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.fagai.shared.FieldErrors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The evaluation's staff forms answer a mistake on the form itself, and a member unit's data collection is on its to-do list. */
@FagaiIntegrationTest
class EvaluationFormsAndTodosTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @SuppressWarnings("unchecked")
    private static List<String> fields(MvcResult result) {
        List<FieldErrors.FieldError> errors = (List<FieldErrors.FieldError>) result.getFlashMap().get("errors");
        assertThat(errors).as("errors kept for the form").isNotNull();
        return errors.stream().map(FieldErrors.FieldError::field).toList();
    }

    @Test
    void aValueThatIsNoNumberIsShownBesideTheFormWithWhatWasTypedNotOnTheErrorPage() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        MvcResult saved = mvc.perform(post("/business-environment/data").session(city).with(csrf()).param("year", "2023")
                        .param("region", "339902").param("v_E0101", "三个").param("v_E0102", "2.5"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(fields(saved)).containsExactly("v_E0101");
        mvc.perform(get(saved.getResponse().getRedirectedUrl()).session(city).flashAttrs(saved.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-errors\"")))
                .andExpect(content().string(containsString("指标值须为数字：三个")))
                .andExpect(content().string(containsString("value=\"三个\"")));

        MvcResult benchmark = mvc.perform(post("/business-environment/benchmarks").session(city).with(csrf()).param("year", "2023")
                        .param("indicatorCode", "E0101").param("label", "全省最优").param("value", "很少"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(fields(benchmark)).containsExactly("value");
    }

    @Test
    void aReformVersionWithoutItsLeadGoesBackToTheFormWithItsTasksKept() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        MvcResult result = mvc.perform(post("/business-environment/tasks").session(city).with(csrf()).param("year", "2036")
                        .param("name", "7.0版").param("title", "测试优化营商环境7.0版").param("tasks", "测试任务一\n测试任务二"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(fields(result)).contains("unitId");
        mvc.perform(get(result.getResponse().getRedirectedUrl()).session(city).flashAttrs(result.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-errors\"")))
                .andExpect(content().string(containsString("value=\"测试优化营商环境7.0版\"")))
                .andExpect(content().string(containsString("测试任务一\n测试任务二")));
        assertThat(jdbc.sql("SELECT count(*) FROM be_reform_version WHERE year = 2036").query(Long.class).single()).isZero();
    }

    @Test
    void aMemberUnitsOpenDataCollectionIsOnItsStaffsToDoListRedWhenLate() throws Exception {
        long unit = jdbc.sql("SELECT department_id FROM app_user WHERE username = 'city'").query(Long.class).single();
        LocalDate today = LocalDate.now(org.fagai.shared.ChinaTime.ZONE);
        jdbc.sql("""
                INSERT INTO be_collection (year, unit_id, item_id, assigned_on, deadline, state)
                VALUES (2037, ?, -2037, ?, ?, 'OPEN')""").params(unit, today.minusDays(20), today.minusDays(1)).update();
        String body = mvc.perform(get("/api/v1/todo").with(httpBasic("city", DEMO_PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Map<String, Object>> entries = JsonPath.read(body, "$[?(@.kind == 'businessenv.collection' && @.title =~ /.*2037.*/)]");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("colour")).isEqualTo("RED");
        assertThat(entries.get(0).get("link")).isEqualTo("/business-environment/data?year=2037");
        String other = mvc.perform(get("/api/v1/todo").with(httpBasic("district", DEMO_PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<Object>>read(other, "$[?(@.title =~ /.*2037.*/)]")).as("another unit's collection").isEmpty();
    }
}
