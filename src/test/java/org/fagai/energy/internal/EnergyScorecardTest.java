package org.fagai.energy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** The scorecard's indicators: added, edited and retired by administrators, weights in force summing to 100, audited. */
@FagaiIntegrationTest
class EnergyScorecardTest {

    private static final String API = "/api/v1/energy/scorecard/indicators";

    @Autowired
    org.fagai.shared.web.Formats fmt;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private ResultActions send(String user, String method, String path, String body) throws Exception {
        var request = switch (method) {
            case "PUT" -> put(path);
            default -> post(path);
        };
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(httpBasic(user, DEMO_PASSWORD)).content(body));
    }

    private List<String> activeCodes() {
        return jdbc.sql("SELECT code FROM energy_score_indicator WHERE retired_on IS NULL ORDER BY position").query(String.class).list();
    }

    private String lastAudit(String code) {
        return fmt.storedChinese(jdbc.sql("SELECT detail FROM audit_log WHERE target_type = ? AND target_id = ? ORDER BY id DESC LIMIT 1")
                .params(ScorecardIndicators.AUDIT_TYPE, code).query(String.class).single());
    }

    @Test
    void anAdministratorAddsEditsAndRetiresAnIndicatorAndThePastAssessmentKeepsIt() throws Exception {
        String added = EnergyFixtures.read(send("admin", "POST", API, """
                        {"name":"节能宣传培训","weight":10,"description":"宣传周、培训人次","weights":{"TASKS":10}}"""),
                "$.code");
        mvc.perform(get(API).with(httpBasic("city", DEMO_PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code=='" + added + "')].weight").value(Matchers.contains(10.0)))
                .andExpect(jsonPath("$[?(@.code=='TASKS')].weight").value(Matchers.contains(10.0)));
        assertThat(lastAudit(added)).contains("新增考核指标", "节能宣传培训", "权重 10");
        assertThat(lastAudit("TASKS")).contains("权重 20 → 10");

        send("admin", "PUT", API + "/" + added, """
                {"name":"节能宣传与培训","weight":15,"weights":{"TASKS":5}}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("节能宣传与培训")).andExpect(jsonPath("$.weight").value(15.0));
        assertThat(lastAudit(added)).contains("修改考核指标", "名称 节能宣传培训 → 节能宣传与培训", "权重 10 → 15");

        String assessment = EnergyFixtures.body(send("admin", "POST", "/api/v1/energy/assessments", """
                {"year":2025,"subjectType":"REGION","subjectCode":"130105","scores":[{"indicator":"INTENSITY","score":90,"reason":"测试"},
                 {"indicator":"CARBON","score":90,"reason":"测试"},{"indicator":"TOTAL","score":90,"reason":"测试"},{"indicator":"TASKS","score":90},
                 {"indicator":"%s","score":60}]}""".formatted(added)).andExpect(status().isCreated()));
        Number id = com.jayway.jsonpath.JsonPath.read(assessment, "$.id");

        send("admin", "POST", API + "/" + added + "/retire", """
                {"weights":{"TASKS":20}}""").andExpect(status().isOk()).andExpect(jsonPath("$.retiredOn").isNotEmpty());
        assertThat(lastAudit(added)).contains("停用考核指标", "停用日期");
        assertThat(activeCodes()).containsExactly("INTENSITY", "CARBON", "TOTAL", "TASKS");
        mvc.perform(get("/api/v1/energy/assessments/" + id).with(httpBasic("admin", DEMO_PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[?(@.indicator=='" + added + "')].name").value(Matchers.contains("节能宣传与培训")))
                .andExpect(jsonPath("$.lines[?(@.indicator=='" + added + "')].weight").value(Matchers.contains(15.0)));
        mvc.perform(get(API).param("retired", "true").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(jsonPath("$[?(@.code=='" + added + "')].retiredOn").isNotEmpty());
        send("admin", "PUT", API + "/" + added, "{\"weight\":0}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
    }

    @Test
    void weightsInForceNotSummingToOneHundredAreRefusedNamingTheField() throws Exception {
        send("admin", "POST", API, "{\"name\":\"多出的指标\",\"weight\":10}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weight"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("权重之和应为100，调整后为110")));
        send("admin", "PUT", API + "/TASKS", "{\"weight\":25}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weight"));
        send("admin", "POST", API + "/TASKS/retire", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weights"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("调整后为80")));
        assertThat(activeCodes()).containsExactly("INTENSITY", "CARBON", "TOTAL", "TASKS");
    }

    @Test
    void hostileValuesAreFourHundredsAndChangeNothing() throws Exception {
        send("admin", "POST", API, "{\"name\":\"" + "长".repeat(101) + "\",\"weight\":0}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        send("admin", "POST", API, "{\"name\":\" \",\"weight\":0}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        send("admin", "POST", API, "{\"name\":\"负权重\",\"weight\":-1,\"weights\":{\"TASKS\":21}}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weight"));
        send("admin", "POST", API, "{\"name\":\"过大\",\"weight\":1e400}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weight"));
        send("admin", "POST", API, "{\"name\":\"三位小数\",\"weight\":0.001,\"weights\":{\"TASKS\":19.999}}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItem("weight")));
        send("admin", "POST", API, "{\"name\":\"来源\",\"weight\":0,\"source\":\"DROP TABLE\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("source"));
        send("admin", "POST", API, "{\"name\":\"他项\",\"weight\":0,\"weights\":{\"NOPE\":1}}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weights"));
        send("admin", "PUT", API + "/NOPE", "{\"weight\":1}").andExpect(status().isNotFound());
        send("admin", "POST", API + "/" + "X".repeat(500) + "/retire", "{}").andExpect(status().isNotFound());
        assertThat(activeCodes()).containsExactly("INTENSITY", "CARBON", "TOTAL", "TASKS");
    }

    @Test
    void onlyAnAdministratorChangesTheScorecard() throws Exception {
        send("city", "POST", API, "{\"name\":\"越权\",\"weight\":0}").andExpect(status().isForbidden());
        send("city", "PUT", API + "/TASKS", "{\"weight\":20}").andExpect(status().isForbidden());
        send("district", "POST", API + "/TASKS/retire", "{}").andExpect(status().isForbidden());
        mvc.perform(get(API).with(httpBasic("owner", DEMO_PASSWORD))).andExpect(status().isForbidden());
        assertThat(activeCodes()).containsExactly("INTENSITY", "CARBON", "TOTAL", "TASKS");
    }

    @Test
    void theScorecardPageAddsAndRetiresAnIndicatorAndShowsTheWeightError() throws Exception {
        MockHttpSession admin = Sessions.signIn(mvc, "admin");
        String page = mvc.perform(get("/energy/scorecard").session(admin)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("scorecard-form", "能耗强度降低目标完成情况", "sc-new-name");

        MvcResult wrong = mvc.perform(post("/energy/scorecard").session(admin).with(csrf()).params(form("页面指标", "5"))).andReturn();
        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/energy/scorecard");
        assertThat(wrong.getFlashMap().get("errors")).asString().contains("weights");
        assertThat(((java.util.List<?>) wrong.getFlashMap().get("errors")).stream()
                .map(e -> org.fagai.shared.web.StoredTexts.chinese(((org.fagai.shared.FieldErrors.FieldError) e).message())))
                .anySatisfy(m -> assertThat(m).contains("调整后为105"));

        mvc.perform(post("/energy/scorecard").session(admin).with(csrf()).params(form("页面指标", "0")))
                .andExpect(status().is3xxRedirection());
        String code = jdbc.sql("SELECT code FROM energy_score_indicator WHERE name = '页面指标'").query(String.class).single();
        assertThat(mvc.perform(get("/energy/scorecard").session(admin)).andReturn().getResponse().getContentAsString()).contains("页面指标");

        var retire = form(null, null);
        retire.add("codes[4]", code);
        retire.add("names[4]", "页面指标");
        retire.add("weights[4]", "0");
        retire.add("retire[4]", "true");
        mvc.perform(post("/energy/scorecard").session(admin).with(csrf()).params(retire)).andExpect(status().is3xxRedirection());
        assertThat(activeCodes()).containsExactly("INTENSITY", "CARBON", "TOTAL", "TASKS");
        assertThat(lastAudit(code)).contains("停用考核指标");

        String staffPage = mvc.perform(get("/energy/scorecard").session(Sessions.signIn(mvc, "city"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(staffPage).doesNotContain("scorecard-form").contains("scorecard-view");
        mvc.perform(post("/energy/scorecard").session(Sessions.signIn(mvc, "city")).with(csrf()).params(form("越权", "0")))
                .andExpect(status().isForbidden());
    }

    /** The four indicators in force as they stand, and a new row when {@code name} is given. */
    private static org.springframework.util.LinkedMultiValueMap<String, String> form(String name, String weight) {
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        String[][] rows = {{"INTENSITY", "能耗强度降低目标完成情况", "40", "INTENSITY_DECLINE"}, {"CARBON", "碳排放强度降低目标完成情况", "20", "CO2_DECLINE"},
                {"TOTAL", "能源消费总量控制情况", "20", "TOTAL_CAP"}, {"TASKS", "节能重点工作任务落实情况", "20", ""}};
        for (int i = 0; i < rows.length; i++) {
            form.add("codes[" + i + "]", rows[i][0]);
            form.add("names[" + i + "]", rows[i][1]);
            form.add("weights[" + i + "]", rows[i][2]);
            form.add("sources[" + i + "]", rows[i][3]);
        }
        if (name != null) {
            form.add("codes[4]", "");
            form.add("names[4]", name);
            form.add("weights[4]", weight);
        }
        return form;
    }
}
