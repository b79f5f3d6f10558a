package org.fagai.project.internal.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@FagaiIntegrationTest
class JointMeetingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingCalendar calendar;

    @Test
    void aBlockersDeadlineIsCountedInWorkingDaysAndOldOpenOnesShowAsOverdue() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        String code = jdbc.sql("SELECT code FROM project WHERE region_code = '339904' ORDER BY code LIMIT 1").query(String.class).single();
        mvc.perform(post("/projects/" + code + "/blockers").session(city).with(csrf())
                        .param("category", "LAND").param("description", "测试：用地红线调整").param("department", "自然资源和规划局")
                        .param("workingDays", "3"))
                .andExpect(status().is3xxRedirection());
        LocalDate deadline = jdbc.sql("SELECT deadline FROM project_blocker WHERE description = '测试：用地红线调整'")
                .query(LocalDate.class).single();
        assertThat(deadline).isEqualTo(calendar.current().addWorkingDays(LocalDate.now(ChinaTime.ZONE), 3).deadline());
        mvc.perform(get("/projects/blockers?overdue=true").session(city))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已逾期")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("测试：用地红线调整"))));
    }

    @Test
    void aMeetingDecidesItsAgendaTracksItToClosureAndExportsItsMinutes() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        // a blocker not on the 督办 loop itself (the demo's were moved onto it at start-up), so staff may resolve it directly
        String project = jdbc.sql("SELECT code FROM project WHERE region_code = '339903' ORDER BY code LIMIT 1").query(String.class).single();
        mvc.perform(post("/projects/" + project + "/blockers").session(city).with(csrf()).param("category", "FUNDING")
                        .param("description", "测试：专项债资金未到位（联席会）").param("department", "财政局").param("workingDays", "10"))
                .andExpect(status().is3xxRedirection());
        long blockerId = jdbc.sql("SELECT id FROM project_blocker WHERE description = '测试：专项债资金未到位（联席会）'").query(Long.class).single();
        String location = mvc.perform(post("/projects/meetings").session(city).with(csrf())
                        .param("title", "测试专题联席会").param("heldOn", "2024-03-15").param("location", "一号会议室").param("chair", "张主任"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long meetingId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/projects/meetings/" + meetingId + "/agenda").session(city).with(csrf()).param("blockerIds", String.valueOf(blockerId)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM project_blocker WHERE id = ?").param(blockerId).query(String.class).single())
                .isEqualTo("ON_AGENDA");
        long itemId = jdbc.sql("SELECT id FROM joint_meeting_item WHERE meeting_id = ?").param(meetingId).query(Long.class).single();
        mvc.perform(post("/projects/meetings/" + meetingId + "/items/" + itemId).session(city).with(csrf())
                        .param("decision", "由财政局牵头于月底前拨付专项债资金").param("ownerDepartment", "财政局").param("deadline", "2024-03-31")
                        .param("leadUnitId", jdbc.sql("SELECT department_id FROM app_user WHERE username = 'city'").query(String.class).single())
                        .param("leadPersonId", jdbc.sql("SELECT id FROM app_user WHERE username = 'district'").query(String.class).single()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/projects/blockers/" + blockerId + "/resolve").session(city).with(csrf()).param("resolution", "资金已拨付"))
                .andExpect(status().is3xxRedirection());

        byte[] docx = mvc.perform(get("/projects/meetings/" + meetingId + "/minutes.docx").session(city))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("测试专题联席会会议纪要");
            assertThat(doc.getParagraphs()).extracting(p -> p.getText()).contains("会议地点：一号会议室", "主持人：张主任");
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRows()).hasSize(2);
            assertThat(table.getRow(0).getCell(3).getText()).isEqualTo("议定事项");
            assertThat(table.getRow(1).getCell(3).getText()).isEqualTo("由财政局牵头于月底前拨付专项债资金");
            assertThat(table.getRow(1).getCell(4).getText()).isEqualTo("财政局");
            assertThat(table.getRow(1).getCell(6).getText()).isEqualTo("已办结");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE target_type = 'meeting' AND target_id = ?")
                .param(String.valueOf(meetingId)).query(Long.class).single()).as("created, agenda, decision, its item withdrawn")
                .isEqualTo(4);
        assertThat(jdbc.sql("SELECT i.state FROM supervision_item i JOIN joint_meeting_item m ON m.item_id = i.id WHERE m.id = ?")
                .param(itemId).query(String.class).single()).isEqualTo("CANCELLED");
    }

    @Test
    void leadersAndOwnersCannotScheduleMeetings() throws Exception {
        mvc.perform(post("/projects/meetings").session(Sessions.signIn(mvc, "leader")).with(csrf())
                        .param("title", "不应创建").param("heldOn", "2024-03-15"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM joint_meeting WHERE title = '不应创建'").query(Long.class).single()).isZero();
    }
}
