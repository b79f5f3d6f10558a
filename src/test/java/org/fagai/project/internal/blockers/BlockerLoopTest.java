package org.fagai.project.internal.blockers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.web.StoredTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Project blockers and joint-meeting decisions followed on the 督办 loop: routed, shown, closed there. */
@FagaiIntegrationTest
class BlockerLoopTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    MockHttpSession district;
    long city;
    long unit;
    String code;

    @BeforeEach
    void people() throws Exception {
        // 王科员 (district) raises, routes and supervises; 李科长 (city, 投资科) handles.
        district = Sessions.signIn(mvc, "district");
        city = jdbc.sql("SELECT id FROM app_user WHERE username = 'city'").query(Long.class).single();
        unit = jdbc.sql("SELECT department_id FROM app_user WHERE username = 'city'").query(Long.class).single();
        code = jdbc.sql("SELECT code FROM project WHERE region_code = '339902' ORDER BY code LIMIT 1").query(String.class).single();
    }

    private long raise(String description) throws Exception {
        mvc.perform(post("/projects/" + code + "/blockers").session(district).with(csrf())
                        .param("category", "LAND").param("description", description).param("department", "自然资源和规划局")
                        .param("workingDays", "5"))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("SELECT id FROM project_blocker WHERE description = ?").param(description).query(Long.class).single();
    }

    private void route(long blocker) throws Exception {
        mvc.perform(post("/projects/blockers/" + blocker + "/route").session(district).with(csrf())
                        .param("leadUnitId", String.valueOf(unit)).param("leadPersonId", String.valueOf(city)))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getFlashMap().get("errors")).as("routing errors").isNull());
    }

    private Map<String, Object> blocker(long id) {
        return jdbc.sql("SELECT status, resolution, item_id, deadline FROM project_blocker WHERE id = ?").param(id).query().singleRow();
    }

    private void closeOnTheLoop(long item, String result) throws Exception {
        mvc.perform(post("/api/v1/supervision/items/" + item + "/sign").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/supervision/items/" + item + "/request-closure").with(httpBasic("city", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"result\":\"" + result + "\",\"evidence\":\"协调会纪要\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/supervision/items/" + item + "/verify").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void aRoutedBlockerIsAnItemWithItsDeadlineAndTheItemsVerifiedClosureResolvesIt() throws Exception {
        long blocker = raise("测试：转督办的用地红线问题");
        route(blocker);
        long item = ((Number) blocker(blocker).get("item_id")).longValue();
        Map<String, Object> row = jdbc.sql("""
                SELECT source_type, source_ref, deadline, lead_person_id, supervisor_id, state FROM supervision_item WHERE id = ?""")
                .param(item).query().singleRow();
        assertThat(row.get("source_type")).isEqualTo("PROJECT_BLOCKER");
        assertThat(row.get("source_ref")).isEqualTo(String.valueOf(blocker));
        assertThat(((java.sql.Date) row.get("deadline")).toLocalDate())
                .isEqualTo(((java.sql.Date) blocker(blocker).get("deadline")).toLocalDate());
        assertThat(((Number) row.get("lead_person_id")).longValue()).isEqualTo(city);

        mvc.perform(get("/projects/blockers").param("q", "测试：转督办的用地红线问题").session(district))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/supervision/items/" + item)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("待签收")));
        mvc.perform(get("/projects/" + code).session(district))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/supervision/items/" + item)));

        mvc.perform(post("/projects/blockers/" + blocker + "/resolve").session(district).with(csrf()).param("resolution", "自行办结"))
                .andExpect(status().is3xxRedirection());
        assertThat(blocker(blocker).get("status")).as("resolved only through its item").isEqualTo("OPEN");

        closeOnTheLoop(item, "红线已调整并批复");
        await().atMost(Duration.ofSeconds(10)).until(() -> "RESOLVED".equals(blocker(blocker).get("status")));
        assertThat(blocker(blocker).get("resolution")).isEqualTo("红线已调整并批复");
    }

    @Test
    void aBlockerGoesOnTheLoopOnceAndStaffMustNameWhoLeadsIt() throws Exception {
        long blocker = raise("测试：只转一次的资金问题");
        mvc.perform(post("/projects/blockers/" + blocker + "/route").session(district).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(blocker(blocker).get("item_id")).as("no lead named, nothing routed").isNull();
        route(blocker);
        mvc.perform(post("/projects/blockers/" + blocker + "/route").session(district).with(csrf())
                        .param("leadUnitId", String.valueOf(unit)).param("leadPersonId", String.valueOf(city)))
                .andExpect(result -> assertThat(((java.util.List<?>) result.getFlashMap().get("errors")).stream()
                        .map(e -> StoredTexts.chinese(((FieldErrors.FieldError) e).message())).toList().toString())
                        .contains("问题已转督办"));
        assertThat(jdbc.sql("SELECT count(*) FROM supervision_item WHERE source_type = 'PROJECT_BLOCKER' AND source_ref = ?")
                .param(String.valueOf(blocker)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(post("/projects/blockers/" + blocker + "/route").session(Sessions.signIn(mvc, "owner")).with(csrf())
                        .param("leadUnitId", String.valueOf(unit)).param("leadPersonId", String.valueOf(city)))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void aMeetingDecisionIsAnItemLedByTheBlockersPersonOrTheOneNamedAndItsClosureResolvesAnUnroutedBlocker() throws Exception {
        long followed = raise("测试：已转督办后上会的问题");
        route(followed);
        long unrouted = raise("测试：直接上会的问题");
        String location = mvc.perform(post("/projects/meetings").session(district).with(csrf())
                        .param("title", "测试督办联席会").param("heldOn", LocalDate.now().toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long meeting = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/projects/meetings/" + meeting + "/agenda").session(district).with(csrf())
                        .param("blockerIds", String.valueOf(followed), String.valueOf(unrouted)))
                .andExpect(status().is3xxRedirection());
        long first = agendaItem(meeting, followed);
        long second = agendaItem(meeting, unrouted);

        decide(meeting, first, null);
        Map<String, Object> decided = jdbc.sql("""
                SELECT i.source_type, i.lead_person_id FROM supervision_item i JOIN joint_meeting_item m ON m.item_id = i.id
                WHERE m.id = ?""").param(first).query().singleRow();
        assertThat(decided.get("source_type")).isEqualTo("MEETING_DECISION");
        assertThat(((Number) decided.get("lead_person_id")).longValue()).as("the blocker's own person").isEqualTo(city);

        decide(meeting, second, null);
        assertThat(jdbc.sql("SELECT count(*) FROM joint_meeting_item WHERE id = ? AND decision IS NULL AND item_id IS NULL")
                .param(second).query(Long.class).single()).as("no one to lead it: nothing recorded").isEqualTo(1);
        decide(meeting, second, city);
        long item = jdbc.sql("SELECT item_id FROM joint_meeting_item WHERE id = ?").param(second).query(Long.class).single();
        mvc.perform(get("/projects/meetings/" + meeting).session(district))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/supervision/items/" + item)));
        closeOnTheLoop(item, "会议议定事项已落实");
        await().atMost(Duration.ofSeconds(10)).until(() -> "RESOLVED".equals(blocker(unrouted).get("status")));
    }

    private long agendaItem(long meeting, long blocker) {
        return jdbc.sql("SELECT id FROM joint_meeting_item WHERE meeting_id = ? AND blocker_id = ?").params(meeting, blocker)
                .query(Long.class).single();
    }

    private void decide(long meeting, long agendaItem, Long person) throws Exception {
        var request = post("/projects/meetings/" + meeting + "/items/" + agendaItem).session(district).with(csrf())
                .param("decision", "由自然资源和规划局牵头限期解决").param("ownerDepartment", "自然资源和规划局")
                .param("deadline", LocalDate.now().plusDays(20).toString());
        if (person != null) {
            request.param("leadUnitId", String.valueOf(unit)).param("leadPersonId", String.valueOf(person));
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }
}
