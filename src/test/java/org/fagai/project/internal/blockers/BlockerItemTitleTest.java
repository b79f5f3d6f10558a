package org.fagai.project.internal.blockers;

import org.fagai.Reads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.fagai.shared.StoredText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The 督办 item a blocker is routed onto is titled in the reader's language: only the project's name stays as written. */
@FagaiIntegrationTest
class BlockerItemTitleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String api(String path) throws Exception {
        return Reads.api(mvc, "city", path);
    }

    private String page(String path, MockHttpSession session) throws Exception {
        return Reads.page(mvc, path, session);
    }

    @Test
    void aRoutedBlockersItemReadsInEnglishUnderEnglishAndAsBeforeInChinese() throws Exception {
        long project = jdbc.sql("SELECT id FROM project WHERE region_code = '339902' ORDER BY code DESC LIMIT 1").query(Long.class).single();
        String name = jdbc.sql("SELECT name FROM project WHERE id = ?").param(project).query(String.class).single();
        long blocker = jdbc.sql("""
                INSERT INTO project_blocker (project_id, category, description, department, raised_on, deadline, status, raised_by)
                VALUES (?, 'APPROVAL', '测试：双语督办标题', '住房和城乡建设局', ?, ?, 'OPEN', 'district') RETURNING id""")
                .params(project, LocalDate.now(), LocalDate.now().plusDays(14)).query(Long.class).single();
        long city = jdbc.sql("SELECT id FROM app_user WHERE username = 'city'").query(Long.class).single();
        long unit = jdbc.sql("SELECT department_id FROM app_user WHERE username = 'city'").query(Long.class).single();
        String location = mvc.perform(post("/api/v1/projects/blockers/" + blocker + "/route").with(httpBasic("district", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"leadUnitId\":" + unit + ",\"leadPersonId\":" + city + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        long item = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        // first on the officer's to-do list, whatever the demo's items due before it
        jdbc.sql("UPDATE supervision_item SET deadline = deadline - 3650 WHERE id = ?").param(item).update();

        assertThat(jdbc.sql("SELECT title FROM supervision_item WHERE id = ?").param(item).query(String.class).single())
                .startsWith("§project.supervision.blockerTitle|");
        String english = "Project issue: " + name + " (Approvals)";
        String chinese = "项目问题：" + name + "（审批）";
        assertThat((String) JsonPath.read(api("/api/v1/supervision/items/" + item + "?lang=en"), "$.title")).isEqualTo(english)
                .satisfies(t -> assertThat(t.replace(name, "")).doesNotContainPattern("\\p{IsHan}"));
        assertThat((String) JsonPath.read(api("/api/v1/supervision/items/" + item + "?lang=zh_CN"), "$.title")).isEqualTo(chinese);
        String code = jdbc.sql("SELECT code FROM project WHERE id = ?").param(project).query(String.class).single();
        assertThat((String) JsonPath.read(api("/api/v1/supervision/items/" + item + "?lang=en"), "$.content"))
                .isEqualTo("测试：双语督办标题\nProject: " + code + " " + name + "\nResponsible department: 住房和城乡建设局");
        assertThat((String) JsonPath.read(api("/api/v1/supervision/items/" + item + "?lang=zh_CN"), "$.content"))
                .isEqualTo("测试：双语督办标题\n项目：" + code + " " + name + "\n责任部门：住房和城乡建设局");
        assertThat(api("/api/v1/todo?lang=en")).contains(english).doesNotContain("§project");

        MockHttpSession session = Sessions.signIn(mvc, "city");
        assertThat(page("/supervision/items/" + item + "?lang=en", session)).contains(english).doesNotContain("§project", chinese);
        assertThat(mvc.perform(get("/supervision").param("lang", "en").param("q", name).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(english).doesNotContain("§project");
        assertThat(page("/supervision/items/" + item + "?lang=zh_CN", session)).contains(chinese);
    }

    @Test
    void aProjectNameTooLongForTheTitleColumnIsCutAndTheTitleStillReads() {
        String title = BlockerLoop.loopTitle("project.supervision.decisionTitle", "很长的项目名称".repeat(60), BlockerCategory.LAND);
        assertThat(title.length()).isLessThanOrEqualTo(300);
        StoredText sentence = StoredText.parse(title);
        assertThat(sentence.key()).isEqualTo("project.supervision.decisionTitle");
        assertThat(sentence.args().get(1)).isEqualTo(StoredText.label("blocker.category.LAND"));
        assertThat(BlockerLoop.loopTitle("project.supervision.blockerTitle", "示范项目", BlockerCategory.LAND))
                .isEqualTo("§project.supervision.blockerTitle|示范项目|#blocker.category.LAND");
    }
}
