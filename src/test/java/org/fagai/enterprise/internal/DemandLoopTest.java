package org.fagai.enterprise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fagai.enterprise.internal.EnterpriseApiTest.as;
import static org.fagai.enterprise.internal.EnterpriseApiTest.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.fagai.FagaiIntegrationTest;
import org.fagai.calendar.WorkingCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@FagaiIntegrationTest
class DemandLoopTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingCalendar calendar;

    long district;
    long unit;

    @BeforeEach
    void people() {
        // 王科员 (district) routes and supervises, 李科长 (city, 投资科) handles
        district = jdbc.sql("SELECT id FROM app_user WHERE username = 'city'").query(Long.class).single();
        unit = jdbc.sql("SELECT department_id FROM app_user WHERE username = 'city'").query(Long.class).single();
    }

    static long id(ResultActions result, String path) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), path)).longValue();
    }

    long raiseAsEnterprise(String content) throws Exception {
        return id(mvc.perform(json(post("/api/v1/demands"), """
                        {"category":"FINANCING","content":"%s"}""".formatted(content)).with(as("enterprise")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.channel").value("ACCOUNT"))
                .andExpect(jsonPath("$.creditCode").value(EnterpriseApiTest.MINE)), "$.id");
    }

    long route(long demand) throws Exception {
        LocalDate due = calendar.current().addWorkingDays(LocalDate.now(org.fagai.shared.ChinaTime.ZONE), 5).deadline();
        return id(mvc.perform(json(post("/api/v1/demands/" + demand + "/route"), """
                        {"departmentId":%d,"leadPersonId":%d}""".formatted(unit, district)).with(as("district")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ROUTED"))
                .andExpect(jsonPath("$.workingDays").value(5))
                .andExpect(jsonPath("$.deadline").value(due.toString())), "$.itemId");
    }

    String state(long demand) {
        return jdbc.sql("SELECT state FROM enterprise_demand WHERE id = ?").param(demand).query(String.class).single();
    }

    @Test
    void aRoutedDemandsItemIsTitledInTheReadersLanguageWithOnlyTheEnterprisesNameAsWritten() throws Exception {
        long item = route(raiseAsEnterprise("双语督办标题测试"));
        String name = jdbc.sql("SELECT name FROM enterprise WHERE credit_code = ?").param(EnterpriseApiTest.MINE).query(String.class).single();
        assertThat(jdbc.sql("SELECT title FROM supervision_item WHERE id = ?").param(item).query(String.class).single())
                .startsWith("§enterprise.supervision.demandTitle|");
        String english = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/supervision/items/" + item)
                .param("lang", "en").with(as("city"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(english, "$.title")).isEqualTo("Enterprise demand: " + name + " (Financing)");
        String chinese = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/supervision/items/" + item)
                .param("lang", "zh_CN").with(as("city"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(chinese, "$.title")).isEqualTo("企业诉求：" + name + "（融资）");
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/supervision/items")
                        .param("lang", "en").param("q", name).with(as("city"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Enterprise demand: " + name + " (Financing)")
                .doesNotContain("§enterprise");
    }

    @Test
    void aDemandGoesFromRaisedToRoutedSignedAnsweredReopenedOnceAndClosed() throws Exception {
        long demand = raiseAsEnterprise("流动资金贷款续贷困难");
        mvc.perform(json(post("/api/v1/demands/" + demand + "/return-visit"), """
                {"satisfaction":"SATISFIED"}""").with(as("district"))).andExpect(status().isConflict());
        long item = route(demand);
        mvc.perform(json(post("/api/v1/demands/" + demand + "/route"), """
                {"departmentId":%d,"leadPersonId":%d}""".formatted(unit, district)).with(as("district"))).andExpect(status().isConflict());

        mvc.perform(post("/api/v1/supervision/items/" + item + "/sign").with(as("city"))).andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(10)).until(() -> Boolean.TRUE.equals(jdbc.sql(
                "SELECT responded_in_time FROM enterprise_demand WHERE id = ?").param(demand).query(Boolean.class).single()));

        mvc.perform(json(post("/api/v1/demands/" + demand + "/answer"), """
                        {"answer":"已协调银行办理无还本续贷"}""").with(as("district")))
                .andExpect(jsonPath("$.state").value("ANSWERED"));
        long second = id(mvc.perform(json(post("/api/v1/demands/" + demand + "/return-visit"), """
                        {"satisfaction":"UNSATISFIED","note":"仍未放款"}""").with(as("district")))
                .andExpect(jsonPath("$.state").value("REOPENED"))
                .andExpect(jsonPath("$.reopened").value(true)), "$.itemId");
        assertThat(second).isNotEqualTo(item);

        mvc.perform(json(post("/api/v1/demands/" + demand + "/answer"), """
                {"answer":"银行已放款"}""").with(as("district"))).andExpect(jsonPath("$.state").value("ANSWERED"));
        mvc.perform(json(post("/api/v1/demands/" + demand + "/return-visit"), """
                        {"satisfaction":"UNSATISFIED"}""").with(as("district")))
                .andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.satisfaction").value("UNSATISFIED"))
                .andExpect(jsonPath("$.firstSatisfaction").value("UNSATISFIED"))
                .andExpect(jsonPath("$.resolved").value(false));
        mvc.perform(json(post("/api/v1/demands/" + demand + "/return-visit"), """
                {"satisfaction":"SATISFIED"}""").with(as("district"))).andExpect(status().isConflict());
    }

    @Test
    void closingTheItemOnTheLoopAnswersTheDemandWithItsResultAndASatisfiedVisitClosesIt() throws Exception {
        long demand = raiseAsEnterprise("厂区道路破损");
        long item = route(demand);
        mvc.perform(post("/api/v1/supervision/items/" + item + "/sign").with(as("city"))).andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/supervision/items/" + item + "/request-closure"), """
                {"result":"道路已修缮","evidence":"验收照片"}""").with(as("city"))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/supervision/items/" + item + "/verify").with(as("district"))).andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(10)).until(() -> state(demand).equals("ANSWERED"));
        assertThat(jdbc.sql("SELECT answer FROM enterprise_demand WHERE id = ?").param(demand).query(String.class).single())
                .isEqualTo("道路已修缮");
        mvc.perform(json(post("/api/v1/demands/" + demand + "/return-visit"), """
                        {"satisfaction":"BASIC"}""").with(as("district")))
                .andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.resolved").value(true));
    }

    @Test
    void cancellingTheItemSendsTheDemandBackToBeRouted() throws Exception {
        long demand = raiseAsEnterprise("用电扩容");
        long item = route(demand);
        mvc.perform(json(post("/api/v1/supervision/items/" + item + "/cancel"), """
                {"reason":"派错单位"}""").with(as("district"))).andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(10)).until(() -> state(demand).equals("SUBMITTED"));
        route(demand);
    }

    @Test
    void anEnterpriseAccountCannotRouteOrVisitAndCannotSeeAnotherEnterprisesDemand() throws Exception {
        long demand = raiseAsEnterprise("用工缺口");
        mvc.perform(json(post("/api/v1/demands/" + demand + "/route"), """
                {"departmentId":%d,"leadPersonId":%d}""".formatted(unit, district)).with(as("enterprise"))).andExpect(status().isForbidden());
        long other = jdbc.sql("SELECT id FROM enterprise_demand WHERE credit_code <> ? ORDER BY id LIMIT 1")
                .param(EnterpriseApiTest.MINE).query(Long.class).single();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/demands/" + other)
                .with(as("enterprise"))).andExpect(status().isNotFound());
    }

    @Test
    void aBadCategoryOrSatisfactionIsA400NamingTheField() throws Exception {
        mvc.perform(json(post("/api/v1/demands"), """
                        {"category":"BRIBE","content":"x"}""").with(as("enterprise")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("category"));
        long demand = raiseAsEnterprise("审批慢");
        mvc.perform(json(post("/api/v1/demands/" + demand + "/return-visit"), """
                        {"satisfaction":"MEH"}""").with(as("district")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("satisfaction"));
    }
}
