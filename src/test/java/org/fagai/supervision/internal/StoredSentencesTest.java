package org.fagai.supervision.internal;

import org.fagai.Reads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A 督办 item's colour reason and the platform's own timeline notes read in the reader's language, old rows too. */
@FagaiIntegrationTest
class StoredSentencesTest {

    private static final Path MIGRATION = Path.of("src/main/resources/db/migration/V202612094000__supervision_stored_sentences.sql");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    /** An item assigned on 2024-09-27 with five working days: due 2024-10-10, red and escalated from the start. */
    private long overdueItem() throws Exception {
        long district = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'district'", Long.class);
        long city = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'city'", Long.class);
        long unit = jdbc.queryForObject("SELECT department_id FROM app_user WHERE username = 'district'", Long.class);
        String body = mvc.perform(post("/api/v1/supervision/items").contentType(MediaType.APPLICATION_JSON).content("""
                        {"title":"双语原因测试","source":"ANNUAL_TASK","leadUnitId":%d,"leadPersonId":%d,"supervisorId":%d,
                         "workingDays":5,"assignedAt":"2024-09-27"}""".formatted(unit, district, city))
                        .with(httpBasic("city", FagaiIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private String page(String path, MockHttpSession session) throws Exception {
        return Reads.page(mvc, path, session);
    }

    @Test
    void anOverdueItemSaysWhyInEnglishUnderEnglishAndInTheSameChineseAsBeforeByDefault() throws Exception {
        long id = overdueItem();
        assertThat(jdbc.queryForObject("SELECT colour_reason FROM supervision_item WHERE id = ?", String.class, id))
                .isEqualTo("§supervision.reason.overdue|2024-10-10");
        MockHttpSession city = Sessions.signIn(mvc, "city");
        assertThat(page("/supervision/items/" + id, city)).contains("已超过期限 2024-10-10", "逾期，提级督办");
        assertThat(page("/supervision/items/" + id + "?lang=en", city)).contains("Past its deadline of 2024-10-10",
                "Overdue, escalated").doesNotContain("已超过期限", "§supervision");
        assertThat(page("/supervision?lang=en&q=双语原因测试", city)).contains("title=\"Past its deadline of 2024-10-10\"");
        assertThat(jdbc.queryForObject("SELECT note FROM supervision_step WHERE item_id = ? AND kind = 'ASSIGNED'", String.class, id))
                .isEqualTo("§supervision.step.note.assigned|2024-10-10");
        jdbc.update("INSERT INTO supervision_step (item_id, at, kind, actor_name, note) VALUES (?, now(), 'EXTENSION_REQUESTED', '张三',"
                + " '延至 2024-12-31：旧记录')", id);
        assertThat(page("/supervision/items/" + id, city)).contains("期限 2024-10-10", "延至 2024-12-31：旧记录");
        assertThat(page("/supervision/items/" + id + "?lang=en", city)).contains("Deadline 2024-10-10", "延至 2024-12-31：旧记录")
                .doesNotContain("期限 2024-10-10");
        assertThat(mvc.perform(get("/api/v1/supervision/items/" + id + "?lang=en").with(httpBasic("city", FagaiIntegrationTest.DEMO_PASSWORD)))
                .andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("\"colourReason\":\"Past its deadline of 2024-10-10\"");
    }

    @Test
    void theMigrationMapsTheChineseSentencesWrittenBeforeAndLeavesOtherTextAlone() throws Exception {
        long id = overdueItem();
        jdbc.update("UPDATE supervision_item SET colour_reason = '节点「可研|批复」逾期（2024-10-08）' WHERE id = ?", id);
        jdbc.update("UPDATE supervision_step SET note = '逾期，提级督办' WHERE item_id = ? AND kind = 'ESCALATED'", id);
        jdbc.update("INSERT INTO supervision_step (item_id, at, kind, actor_name, note) VALUES (?, now(), 'RETURNED', '张三', '按期办结')", id);
        for (String statement : Files.readString(MIGRATION).replaceAll("(?m)^--.*$", "").split(";")) {
            if (statement.strip().startsWith("UPDATE")) {   // the app's role may update rows; the column's widening ran at start
                jdbc.execute(statement);
            }
        }
        assertThat(jdbc.queryForObject("SELECT colour_reason FROM supervision_item WHERE id = ?", String.class, id))
                .isEqualTo("§supervision.reason.milestoneLate|可研\\|批复|2024-10-08");
        MockHttpSession city = Sessions.signIn(mvc, "city");
        assertThat(page("/supervision/items/" + id + "?lang=en", city))
                .contains("Milestone “可研|批复” overdue (due 2024-10-08)", "Overdue, escalated")
                .as("a note a person wrote is no sentence of the platform's").contains("按期办结");
        assertThat(page("/supervision/items/" + id + "?lang=zh_CN", city)).contains("节点「可研|批复」逾期（2024-10-08）");
    }
}
