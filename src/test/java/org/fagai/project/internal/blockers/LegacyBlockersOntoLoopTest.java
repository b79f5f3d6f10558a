package org.fagai.project.internal.blockers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Blockers raised before the 督办 loop (rows written the old way, with no item) are moved onto it once, followed by the
 * section answering for the project's region; and a blocker resolved directly withdraws the meeting decision on it.
 */
@FagaiIntegrationTest
class LegacyBlockersOntoLoopTest {

    @Autowired
    org.fagai.shared.web.Formats fmt;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LegacyBlockersOntoLoop migration;

    private long oldBlocker(String region, String description, LocalDate deadline) {
        long project = jdbc.sql("SELECT id FROM project WHERE region_code = ? ORDER BY code LIMIT 1").param(region).query(Long.class).single();
        return jdbc.sql("""
                INSERT INTO project_blocker (project_id, category, description, department, raised_on, deadline, status, raised_by)
                VALUES (?, 'LAND', ?, '自然资源和规划局', ?, ?, 'OPEN', 'city') RETURNING id""")
                .params(project, description, deadline.minusDays(20), deadline).query(Long.class).single();
    }

    private Map<String, Object> itemOf(long blocker) {
        return jdbc.sql("""
                SELECT i.id, i.source_type, i.source_ref, i.deadline, i.state, d.name AS unit, l.username AS lead, s.username AS supervisor
                  FROM project_blocker b JOIN supervision_item i ON i.id = b.item_id JOIN department d ON d.id = i.lead_unit_id
                  JOIN app_user l ON l.id = i.lead_person_id JOIN app_user s ON s.id = i.supervisor_id WHERE b.id = ?""")
                .param(blocker).query().singleRow();
    }

    private String codeOf(long blocker) {
        return jdbc.sql("SELECT p.code FROM project p JOIN project_blocker b ON b.project_id = p.id WHERE b.id = ?").param(blocker)
                .query(String.class).single();
    }

    @Test
    void openBlockersMadeBeforeTheLoopBecomeItemsLedByTheSectionOfTheProjectsRegionWithTheirDeadlineKept() throws Exception {
        LocalDate deadline = LocalDate.of(2025, 3, 14);
        long district = oldBlocker("339902", "测试：存量的东湖区用地问题", deadline);
        long city = oldBlocker("339900", "测试：存量的市级资金问题", deadline);

        long meeting = jdbc.sql("""
                INSERT INTO joint_meeting (title, held_on, location, chair, region_code, created_by)
                VALUES ('测试：存量联席会', DATE '2025-02-28', '会议室', '张主任', '339900', 'city') RETURNING id""").query(Long.class).single();
        long decision = jdbc.sql("""
                INSERT INTO joint_meeting_item (meeting_id, blocker_id, decision, owner_department, deadline)
                VALUES (?, ?, '测试：由自然资源和规划局限期办结', '自然资源和规划局', DATE '2025-03-31') RETURNING id""")
                .params(meeting, district).query(Long.class).single();

        assertThat(migration.migrate(List.of(district, city))).isEqualTo(new LegacyBlockersOntoLoop.Outcome(2, 0, 1));

        Map<String, Object> districtItem = itemOf(district);
        assertThat(districtItem.get("source_type")).isEqualTo("PROJECT_BLOCKER");
        assertThat(districtItem.get("source_ref")).isEqualTo(String.valueOf(district));
        assertThat(((java.sql.Date) districtItem.get("deadline")).toLocalDate()).isEqualTo(deadline);
        assertThat(districtItem.get("unit")).as("the district's own section").isEqualTo("综合科");
        assertThat(districtItem.get("lead")).isEqualTo("district");
        assertThat(districtItem.get("supervisor")).as("the officer who raised it").isEqualTo("city");
        Map<String, Object> cityItem = itemOf(city);
        assertThat(cityItem.get("unit")).as("the section the project names: the city's investment section").isEqualTo("投资科");
        assertThat(cityItem.get("lead")).isEqualTo("city");
        assertThat(cityItem.get("supervisor")).as("not the lead person himself").isNotEqualTo("city");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE target_type = 'blocker' AND target_id = ? AND detail LIKE '§project.audit.blocker.legacySupervised|%'")
                .param(String.valueOf(district)).query(Long.class).single()).isEqualTo(1);

        Map<String, Object> decided = jdbc.sql("""
                SELECT i.source_type, i.deadline, l.username AS lead, s.username AS supervisor FROM joint_meeting_item m
                  JOIN supervision_item i ON i.id = m.item_id JOIN app_user l ON l.id = i.lead_person_id
                  JOIN app_user s ON s.id = i.supervisor_id WHERE m.id = ?""").param(decision).query().singleRow();
        assertThat(decided.get("source_type")).isEqualTo("MEETING_DECISION");
        assertThat(((java.sql.Date) decided.get("deadline")).toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(decided.get("lead")).as("whoever follows the blocker").isEqualTo("district");
        assertThat(decided.get("supervisor")).isEqualTo("city");

        MockHttpSession session = Sessions.signIn(mvc, "district");
        mvc.perform(get("/projects/" + codeOf(district)).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/supervision/items/" + districtItem.get("id"))))
                .andExpect(content().string(containsString("待签收")));
        mvc.perform(get("/api/v1/projects/blockers/" + district).with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.loop.state").value("PENDING_SIGN"))
                .andExpect(jsonPath("$.loop.leadPersonName").value("王科员"));

        assertThat(migration.migrate(List.of(district, city)).migrated()).as("run again: nothing more").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM supervision_item WHERE source_type = 'PROJECT_BLOCKER' AND source_ref IN (?, ?)")
                .params(String.valueOf(district), String.valueOf(city)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theStartupStepRanOnceOverTheDemosOldBlockersAndLeavesBlockersRaisedSinceForStaff() throws Exception {
        assertThat(jdbc.sql("SELECT migrated FROM project_loop_migration WHERE name = 'blockers'").query(Integer.class).single())
                .isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM project_blocker WHERE status <> 'RESOLVED' AND item_id IS NULL AND raised_on < '2024-01-01'")
                .query(Long.class).single()).as("demo blockers of 2023, made the old way").isZero();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM joint_meeting_item m JOIN project_blocker b ON b.id = m.blocker_id JOIN joint_meeting j ON j.id = m.meeting_id
                WHERE j.held_on < '2024-01-01' AND m.decision IS NOT NULL AND m.item_id IS NULL AND b.status <> 'RESOLVED'""")
                .query(Long.class).single()).as("the demo meetings' decisions on open blockers").isZero();

        long later = oldBlocker("339902", "测试：上线后新提出、待人工转办的问题", LocalDate.now().plusDays(30));
        migration.run(null);
        assertThat(jdbc.sql("SELECT item_id FROM project_blocker WHERE id = ?").param(later).query(Long.class).optional())
                .as("the step runs once per database").isEmpty();
    }

    @Test
    void aBlockerResolvedDirectlyWithdrawsTheOpenItemOfTheMeetingDecisionOnIt() throws Exception {
        MockHttpSession district = Sessions.signIn(mvc, "district");
        long city = jdbc.sql("SELECT id FROM app_user WHERE username = 'city'").query(Long.class).single();
        long unit = jdbc.sql("SELECT department_id FROM app_user WHERE username = 'city'").query(Long.class).single();
        String code = jdbc.sql("SELECT code FROM project WHERE region_code = '339902' ORDER BY code LIMIT 1").query(String.class).single();
        mvc.perform(post("/projects/" + code + "/blockers").session(district).with(csrf()).param("category", "FUNDING")
                        .param("description", "测试：上会后直接解决的资金问题").param("department", "财政局").param("workingDays", "5"))
                .andExpect(status().is3xxRedirection());
        long blocker = jdbc.sql("SELECT id FROM project_blocker WHERE description = '测试：上会后直接解决的资金问题'").query(Long.class).single();
        String location = mvc.perform(post("/projects/meetings").session(district).with(csrf())
                        .param("title", "测试撤销联席会").param("heldOn", LocalDate.now().toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long meeting = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/projects/meetings/" + meeting + "/agenda").session(district).with(csrf()).param("blockerIds", String.valueOf(blocker)))
                .andExpect(status().is3xxRedirection());
        long agendaItem = jdbc.sql("SELECT id FROM joint_meeting_item WHERE meeting_id = ? AND blocker_id = ?").params(meeting, blocker)
                .query(Long.class).single();
        mvc.perform(post("/projects/meetings/" + meeting + "/items/" + agendaItem).session(district).with(csrf())
                        .param("decision", "财政局限期拨付").param("ownerDepartment", "财政局")
                        .param("deadline", LocalDate.now().plusDays(20).toString())
                        .param("leadUnitId", String.valueOf(unit)).param("leadPersonId", String.valueOf(city)))
                .andExpect(status().is3xxRedirection());
        long item = jdbc.sql("SELECT item_id FROM joint_meeting_item WHERE id = ?").param(agendaItem).query(Long.class).single();

        mvc.perform(post("/projects/blockers/" + blocker + "/resolve").session(district).with(csrf()).param("resolution", "资金已由区财政直接拨付"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT status FROM project_blocker WHERE id = ?").param(blocker).query(String.class).single()).isEqualTo("RESOLVED");
        assertThat(jdbc.sql("SELECT state FROM supervision_item WHERE id = ?").param(item).query(String.class).single())
                .as("withdrawn, not closed: nobody verified the decision was carried out").isEqualTo("CANCELLED");
        assertThat(fmt.storedChinese(jdbc.sql("SELECT detail FROM audit_log WHERE target_type = 'supervision_item' AND target_id = ? "
                + "ORDER BY id DESC LIMIT 1").param(String.valueOf(item)).query(String.class).single())).contains("撤销").contains("资金已由区财政直接拨付");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE target_type = 'meeting' AND target_id = ? AND actor = 'district'"
                        + " AND detail LIKE '§project.audit.meeting.withdrawn|%'")
                .param(String.valueOf(meeting)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/supervision/items/" + item + "/timeline").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CANCELLED")));
    }
}
