package org.fagai.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.fagai.FagaiIntegrationTest;
import org.fagai.supervision.ItemClosed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@FagaiIntegrationTest
@RecordApplicationEvents
class SupervisionApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    long district;
    long city;
    long unit;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, DEMO_PASSWORD);
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @BeforeEach
    void people() {
        district = jdbc.sql("SELECT id FROM app_user WHERE username = 'district'").query(Long.class).single();
        city = jdbc.sql("SELECT id FROM app_user WHERE username = 'city'").query(Long.class).single();
        unit = jdbc.sql("SELECT department_id FROM app_user WHERE username = 'district'").query(Long.class).single();
    }

    long assign(String deadlinePart) throws Exception {
        String body = mvc.perform(json(post("/api/v1/supervision/items"), """
                        {"title":"接口测试督办事项","source":"LEADER_INSTRUCTION","leadUnitId":%d,"leadPersonId":%d,
                         "supervisorId":%d,%s}""".formatted(unit, district, city, deadlinePart)).with(as("city")))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void fiveWorkingDaysFromTheFridayBeforeNationalDayEndOnOctoberTenth() throws Exception {
        mvc.perform(json(post("/api/v1/supervision/items"), """
                        {"title":"国庆前交办","source":"ANNUAL_TASK","leadUnitId":%d,"leadPersonId":%d,"supervisorId":%d,
                         "workingDays":5,"assignedAt":"2024-09-27"}""".formatted(unit, district, city)).with(as("city")))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.state").value("PENDING_SIGN"))
                .andExpect(jsonPath("$.deadline").value("2024-10-10"))
                .andExpect(jsonPath("$.colour").value("RED"))
                .andExpect(jsonPath("$.leaderName").value("张主任"));
    }

    @Test
    void aDateDeadlineIsKeptAndAFarOneIsGreen() throws Exception {
        long id = assign("\"deadline\":\"" + java.time.LocalDate.now().plusMonths(6) + "\"");
        mvc.perform(get("/api/v1/supervision/items/" + id).with(as("district")))
                .andExpect(jsonPath("$.colour").value("GREEN"))
                .andExpect(jsonPath("$.leadUnitName").value("综合科"))
                .andExpect(jsonPath("$.supervisorName").value("李科长"));
    }

    @Test
    void anItemGoesRoundTheLoopAndEveryWrongStepIsRefused() throws Exception {
        long id = assign("\"deadline\":\"" + java.time.LocalDate.now().plusMonths(3) + "\"");
        String item = "/api/v1/supervision/items/" + id;
        mvc.perform(post(item + "/sign").with(as("city"))).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(item + "/sign").with(as("district"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("IN_PROGRESS"));
        mvc.perform(post(item + "/sign").with(as("district"))).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("事项办理中，不能签收"));
        mvc.perform(post(item + "/sign").param("lang", "en").with(as("district"))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The item is in progress: it cannot be signed for"));
        mvc.perform(json(post(item + "/report"), "{\"progress\":\"已完成方案编制\"}").with(as("district")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.lastProgress").value("已完成方案编制"));
        mvc.perform(json(post(item + "/request-closure"), "{\"result\":\"已完成\"}").with(as("district")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evidence"))
                .andExpect(jsonPath("$.errors[0].message").value("请填写佐证材料（或上传佐证文件）"));
        mvc.perform(json(post(item + "/request-closure"), "{\"result\":\"已完成\",\"evidence\":\"验收报告\"}").with(as("district")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CLOSURE_REQUESTED"));
        mvc.perform(post(item + "/verify").with(as("district"))).andExpect(status().isForbidden());
        mvc.perform(json(post(item + "/return"), "{\"reason\":\"请补充现场照片\"}").with(as("city")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("IN_PROGRESS"));
        mvc.perform(json(post(item + "/request-closure"), "{\"result\":\"已完成\",\"evidence\":\"验收报告、现场照片\"}").with(as("district")))
                .andExpect(status().isOk());
        mvc.perform(post(item + "/verify").with(as("city"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.closedOnTime").value(true));
        mvc.perform(post(item + "/verify").with(as("city"))).andExpect(status().isConflict());
        assertThat(events.stream(ItemClosed.class)).anySatisfy(e -> {
            assertThat(e.itemId()).isEqualTo(id);
            assertThat(e.sourceType()).isEqualTo("LEADER_INSTRUCTION");
        });
        mvc.perform(get(item + "/timeline").with(as("city"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kind").value(org.hamcrest.Matchers.contains("ASSIGNED", "SIGNED", "REPORTED",
                        "CLOSURE_REQUESTED", "RETURNED", "CLOSURE_REQUESTED", "VERIFIED")));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE target_type = 'supervision_item' AND target_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void anExtensionIsApprovedByALeaderNotByTheSupervisor() throws Exception {
        long id = assign("\"deadline\":\"2030-06-30\"");
        String item = "/api/v1/supervision/items/" + id;
        mvc.perform(json(post(item + "/extend"), "{\"deadline\":\"2030-05-01\",\"reason\":\"x\"}").with(as("district")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("deadline"));
        mvc.perform(json(post(item + "/extend"), "{\"deadline\":\"2030-09-30\",\"reason\":\"用地手续未齐\"}").with(as("district")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.extensionDeadline").value("2030-09-30"));
        mvc.perform(post(item + "/extension/approve").with(as("city"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").exists());
        mvc.perform(post(item + "/extension/approve").with(as("leader"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value("2030-09-30"));
        mvc.perform(post(item + "/extension/approve").with(as("leader"))).andExpect(status().isConflict());
    }

    @Test
    void badInputIsA400NamingEachFieldInChinese() throws Exception {
        mvc.perform(json(post("/api/v1/supervision/items"), """
                        {"source":"annual","leadUnitId":999999,"deadline":"2030-01-01","workingDays":3}""").with(as("city")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("title", "source", "leadUnitId",
                        "leadPersonId", "supervisorId", "deadline")));
        mvc.perform(json(post("/api/v1/supervision/items"), """
                        {"title":"t","source":"ANNUAL_TASK","leadUnitId":%d,"leadPersonId":%d,"supervisorId":%d,"workingDays":0}"""
                        .formatted(unit, district, district)).with(as("city")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("supervisorId", "workingDays")));
        mvc.perform(json(post("/api/v1/supervision/items"), "{\"title\":").with(as("city"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/supervision/items?size=1000").with(as("city"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/supervision/items?state=DONE").with(as("city"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/supervision/items?sort=drop").with(as("city"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/supervision/items/987654321").with(as("city"))).andExpect(status().isNotFound());
    }

    @Test
    void projectOwnersCannotAssign() throws Exception {
        mvc.perform(json(post("/api/v1/supervision/items"), "{\"title\":\"t\"}").with(as("owner")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theListFiltersByTheStoredColourAndCarriesItsTotal() throws Exception {
        assign("\"workingDays\":2,\"assignedAt\":\"2024-03-01\"");
        mvc.perform(get("/api/v1/supervision/items?colour=RED&size=50").with(as("city"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber())
                .andExpect(jsonPath("$.items[*].colour").value(everyItem(is("RED"))));
        mvc.perform(get("/api/v1/supervision/items?source=LEADER_INSTRUCTION&unit=" + unit).with(as("district")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].sourceType").value(everyItem(is("LEADER_INSTRUCTION"))));
    }
}
