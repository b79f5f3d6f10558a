package org.fagai.energy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The key-project list (the pipeline) and page warn of a completed project whose 节能验收 is not recorded. */
@FagaiIntegrationTest
class EnergyProjectFlagTest {

    @Autowired
    MockMvc mvc;

    private ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).with(httpBasic("admin", DEMO_PASSWORD)).content(body));
    }

    /** A 2019 city-level project in 130102, already 竣工, with an energy review opinion and its start recorded; its code. */
    private String completedProjectWithReview(String name) throws Exception {
        String code = EnergyFixtures.read(postJson("/api/v1/projects", """
                {"name":"%s","ownerUnit":"测试能源公司","regionCode":"130102","industryCode":"3011","totalInvestment":20000,
                 "fundSelf":20000,"stage":"竣工","startMonth":"2019-01","endMonth":"2019-12",
                 "planYear":2019,"level":"市级","nature":"新建","plannedInvestment":20000}""".formatted(name))
                .andExpect(status().isCreated()), "$.code");
        Integer id = EnergyFixtures.read(postJson("/api/v1/energy/reviews", """
                {"projectCode":"%s","projectName":"%s","regionCode":"130102","annualTce":3000,"annualWanKwh":800,"appliedOn":"2018-09-01"}"""
                .formatted(code, name)).andExpect(status().isCreated()), "$.id");
        postJson("/api/v1/energy/reviews/" + id + "/opinion", "{\"opinionNumber\":\"测审〔2018〕9号\",\"opinionOn\":\"2018-10-01\"}")
                .andExpect(status().isOk());
        postJson("/api/v1/energy/reviews/" + id + "/start", "{\"startedOn\":\"2019-01-15\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ACCEPTANCE_DUE"));
        return code + "#" + id;
    }

    private String listPage(MockHttpSession session, String name) throws Exception {
        return mvc.perform(get("/projects").param("year", "2019").param("q", name).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aCompletedProjectWithoutEnergyAcceptanceCarriesTheBadgeOnTheListAndPageAndOneWithItDoesNot() throws Exception {
        String due = completedProjectWithReview("验收缺失测试项目").split("#")[0];
        String[] accepted = completedProjectWithReview("验收完成测试项目").split("#");
        postJson("/api/v1/energy/reviews/" + accepted[1] + "/acceptance", "{\"acceptedOn\":\"2020-03-01\",\"note\":\"节能措施已落实\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ACCEPTED"));

        MockHttpSession admin = Sessions.signIn(mvc, "admin");
        String dueList = listPage(admin, "验收缺失测试项目");
        assertThat(dueList).contains(due, "data-flag=\"energy.flag.acceptanceDue\"", "未节能验收");
        String acceptedList = listPage(admin, "验收完成测试项目");
        assertThat(acceptedList).contains(accepted[0]).doesNotContain("未节能验收");
        assertThat(mvc.perform(get("/projects/" + due).session(admin)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("未节能验收");
    }
}
