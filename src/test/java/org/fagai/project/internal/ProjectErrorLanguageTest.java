package org.fagai.project.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A stage moved back, a rolling-plan level and a missing milestone are refused in the reader's language, as before in Chinese. */
@FagaiIntegrationTest
class ProjectErrorLanguageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String started() {
        return jdbc.sql("SELECT code FROM project WHERE stage = 'CONSTRUCTION' AND region_code LIKE '3399%' ORDER BY code LIMIT 1")
                .query(String.class).single();
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> String answer(B request, String lang, int status) throws Exception {
        return mvc.perform(request.param("lang", lang).with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void aStageMovedBackIsRefusedInEnglishUnderEnglishOnTheApiAndTheProjectPage() throws Exception {
        String code = started();
        String path = "/api/v1/projects/" + code + "/stage";
        String body = "{\"stage\":\"PREPARATION\",\"date\":\"2019-02-01\"}";
        String english = answer(json(post(path), body), "en", 400);
        assertThat((String) JsonPath.read(english, "$.errors[0].message"))
                .isEqualTo("The stage can only move forward: the project is at “Under construction” and cannot change to “Preparation”");
        assertThat((String) JsonPath.read(english, "$.detail")).doesNotContainPattern("\\p{IsHan}");
        assertThat((String) JsonPath.read(english, "$.title")).isEqualTo("Invalid input");
        assertThat((String) JsonPath.read(answer(json(post(path), body), "zh_CN", 400), "$.errors[0].message"))
                .isEqualTo("项目阶段只能向后推进：当前为“在建”，不能变更为“前期”");
        assertThat((String) JsonPath.read(answer(json(post(path), body), "zh_CN", 400), "$.title")).isEqualTo("输入有误");

        MockHttpSession session = Sessions.signIn(mvc, "admin");
        MvcResult refused = mvc.perform(post("/projects/" + code + "/stage").session(session).with(csrf())
                .param("stage", "PREPARATION").param("date", "2019-02-01")).andExpect(status().is3xxRedirection()).andReturn();
        String page = mvc.perform(get("/projects/" + code).param("lang", "en").session(session).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("The stage can only move forward: the project is at “Under construction”").doesNotContain("§project");
    }

    @Test
    void aLevelNotOnTheListAndAMissingMilestoneAreRefusedInEnglishUnderEnglish() throws Exception {
        String code = started();
        String adjust = "{\"level\":\"CITY\",\"plannedInvestment\":100,\"reason\":\"测试\"}";
        assertThat((String) JsonPath.read(answer(json(put("/api/v1/projects/" + code + "/plans/2031"), adjust), "en", 400),
                "$.errors[0].message")).isEqualTo("The project is not on the 2031 City key project list");
        assertThat((String) JsonPath.read(answer(json(put("/api/v1/projects/" + code + "/plans/2031"), adjust), "zh_CN", 400),
                "$.errors[0].message")).isEqualTo("项目未列入2031年市级重点项目清单");

        String missing = jdbc.sql("""
                SELECT p.code FROM project p WHERE p.region_code LIKE '3399%' AND NOT EXISTS
                  (SELECT 1 FROM project_milestone m WHERE m.project_id = p.id AND m.kind = 'CONSTRUCTION_PERMIT') ORDER BY p.code LIMIT 1""")
                .query(String.class).single();
        String file = "/api/v1/projects/" + missing + "/milestones/CONSTRUCTION_PERMIT/file";
        assertThat((String) JsonPath.read(answer(multipart(file), "en", 404), "$.detail"))
                .isEqualTo("This preliminary approval is not recorded for the project: Construction permit");
        assertThat((String) JsonPath.read(answer(multipart(file), "zh_CN", 404), "$.detail")).isEqualTo("该项目尚未登记此项前期手续：施工许可");
        assertThat((String) JsonPath.read(answer(get(file), "en", 404), "$.detail"))
                .isEqualTo("This preliminary approval has no approval document: Construction permit");
        assertThat((String) JsonPath.read(answer(get(file), "zh_CN", 404), "$.detail")).isEqualTo("该前期手续没有批复文件：施工许可");
    }

    @Test
    void aMonthlyReportAndAProjectFormWithBadFiguresAreRefusedInEnglishUnderEnglishAndInChineseAsBefore() throws Exception {
        String path = "/api/v1/projects/" + started() + "/progress";
        String report = "{\"month\":\"2020-01\",\"completedInvestment\":-1,\"workersOnSite\":-3}";
        String english = answer(json(post(path), report), "en", 400);
        assertThat(JsonPath.<java.util.List<String>>read(english, "$.errors[*].message"))
                .contains("The investment completed this month cannot be negative", "Workers on site must be a whole number from 0 to 100000")
                .allSatisfy(m -> assertThat(m).doesNotContainPattern("\\p{IsHan}").doesNotContain("§"));
        assertThat(JsonPath.<java.util.List<String>>read(answer(json(post(path), report), "zh_CN", 400), "$.errors[*].message"))
                .contains("本月完成投资不能为负数", "实际施工人数应为0–100000之间的整数");

        String project = "{\"name\":\" \",\"ownerUnit\":\"测试单位\",\"regionCode\":\"339902\",\"totalInvestment\":-5}";
        String refused = answer(json(post("/api/v1/projects"), project), "en", 400);
        assertThat(JsonPath.<java.util.List<String>>read(refused, "$.errors[*].message"))
                .contains("Project is required", "The total investment cannot be negative")
                .allSatisfy(m -> assertThat(m).doesNotContainPattern("\\p{IsHan}"));
        assertThat(JsonPath.<java.util.List<String>>read(answer(json(post("/api/v1/projects"), project), "zh_CN", 400), "$.errors[*].message"))
                .contains("项目名称不能为空", "总投资不能为负数");
    }
}
