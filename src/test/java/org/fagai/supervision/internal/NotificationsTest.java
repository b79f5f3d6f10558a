package org.fagai.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.StoredText;
import org.fagai.supervision.NewNotification;
import org.fagai.supervision.Notifications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The daily reminders (sent once, whatever runs them), the bell and the notifications page, and the API for modules. */
@FagaiIntegrationTest
class NotificationsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DailyReminders reminders;
    @Autowired
    Notifications notifications;
    @Autowired
    WorkingCalendar calendar;

    long district;
    long city;
    long unit;
    LocalDate today;

    @BeforeEach
    void people() {
        district = jdbc.sql("SELECT id FROM app_user WHERE username = 'district'").query(Long.class).single();
        city = jdbc.sql("SELECT id FROM app_user WHERE username = 'city'").query(Long.class).single();
        unit = jdbc.sql("SELECT department_id FROM app_user WHERE username = 'district'").query(Long.class).single();
        today = LocalDate.now(ChinaTime.ZONE);
    }

    long assign(String title, String deadlinePart) throws Exception {
        String body = mvc.perform(post("/api/v1/supervision/items").contentType(MediaType.APPLICATION_JSON).content("""
                        {"title":"%s","source":"LEADER_INSTRUCTION","leadUnitId":%d,"leadPersonId":%d,"supervisorId":%d,%s}"""
                        .formatted(title, unit, district, city, deadlinePart)).with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    List<String> reminded(long user, long item) {
        return jdbc.sql("SELECT kind FROM supervision_notification WHERE recipient_id = ? AND link = ? AND kind LIKE 'reminder.%' ORDER BY id")
                .params(user, "/supervision/items/" + item).query(String.class).list();
    }

    @Test
    void remindersAreSentOnceHoweverOftenAndWhereverTheJobRuns() throws Exception {
        LocalDate nextWorkingDay = calendar.current().addWorkingDays(today, 1).deadline();
        long dueSoon = assign("提醒测试：明日到期事项", "\"deadline\":\"" + nextWorkingDay + "\"");
        long overdue = assign("提醒测试：已逾期事项", "\"assignedAt\":\"" + today.minusDays(20) + "\",\"deadline\":\"" + today.minusDays(1) + "\"");
        long later = assign("提醒测试：下月到期事项", "\"deadline\":\"" + today.plusMonths(1) + "\"");

        reminders.remind(today);
        assertThat(reminded(district, dueSoon)).containsExactly(Reminder.DUE);
        assertThat(reminded(district, overdue)).containsExactly(Reminder.OVERDUE);
        assertThat(reminded(district, later)).isEmpty();
        assertThat(jdbc.sql("SELECT title FROM supervision_notification WHERE recipient_id = ? AND dedupe_key = ?")
                .params(district, "supervision.assigned:" + overdue).query(String.class).single())
                .as("assigning notifies the lead person at once, stored as a message key")
                .isEqualTo(StoredText.of("supervision.notification.assigned", "提醒测试：已逾期事项"));
        MockHttpSession session = Sessions.signIn(mvc, "district");
        assertThat(shown("/notifications?size=100", session)).contains("新交办督办事项：提醒测试：已逾期事项", "已逾期：提醒测试：已逾期事项",
                "截止日期 " + today.minusDays(1) + "，已逾期，请尽快办理。").doesNotContain("§");
        assertThat(api("/api/v1/notifications?size=100")).contains("已逾期：提醒测试：已逾期事项").doesNotContain("§");
        assertThat(shown("/notifications?size=100&lang=en", session)).contains("New supervision item assigned: 提醒测试：已逾期事项",
                "Overdue: 提醒测试：已逾期事项", "Due date " + today.minusDays(1) + " has passed").doesNotContain("§");
        assertThat(api("/api/v1/notifications?size=100&lang=en")).contains("Overdue: 提醒测试：已逾期事项");

        long before = jdbc.sql("SELECT count(*) FROM supervision_notification").query(Long.class).single();
        assertThat(reminders.remind(today)).as("a second run creates nothing").isZero();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = () -> reminders.remind(today);
            List<Future<Integer>> runs = pool.invokeAll(List.of(run, run));
            for (Future<Integer> r : runs) {
                assertThat(r.get()).as("two instances at once create nothing more").isZero();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM supervision_notification").query(Long.class).single()).isEqualTo(before);
        assertThat(reminded(district, dueSoon)).hasSize(1);
    }

    String api(String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic("district", DEMO_PASSWORD))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String shown(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theBellCountsUnreadNotificationsAndOpeningOneReadsItAndGoesToItsPage() throws Exception {
        String key = "test:bell:" + System.nanoTime();
        assertThat(notifications.send(new NewNotification(city, key, "notice", "铃铛测试", "正文", "/supervision"))).isTrue();
        assertThat(notifications.send(new NewNotification(city, key, "notice", "铃铛测试", "正文", "/supervision"))).isFalse();
        long id = jdbc.sql("SELECT id FROM supervision_notification WHERE recipient_id = ? AND dedupe_key = ?").params(city, key)
                .query(Long.class).single();
        long unread = jdbc.sql("SELECT count(*) FROM supervision_notification WHERE recipient_id = ? AND read_at IS NULL")
                .param(city).query(Long.class).single();

        MockHttpSession session = Sessions.signIn(mvc, "city");
        String home = mvc.perform(get("/").session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(home).contains("id=\"notification-bell\"").contains(">" + (unread > 99 ? "99+" : "" + unread) + "</span>");
        String page = mvc.perform(get("/notifications").session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("铃铛测试").contains("/notifications/" + id);

        mvc.perform(get("/notifications/" + id).session(session)).andExpect(redirectedUrl("/supervision"));
        mvc.perform(get("/api/v1/notifications/unread-count").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.unread").value(unread - 1));
        mvc.perform(get("/api/v1/notifications?unread=true&size=200").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isEmpty());
        mvc.perform(post("/notifications/read-all").session(session).with(csrf())).andExpect(redirectedUrl("/notifications"));
        mvc.perform(get("/api/v1/notifications/unread-count").with(httpBasic("city", DEMO_PASSWORD))).andExpect(jsonPath("$.unread").value(0));
    }

    @Test
    void aUserOpensOnlyHisOwnNotifications() throws Exception {
        String key = "test:own:" + System.nanoTime();
        notifications.send(new NewNotification(city, key, "notice", "只给李科长", null, "/supervision"));
        long id = jdbc.sql("SELECT id FROM supervision_notification WHERE dedupe_key = ?").param(key).query(Long.class).single();
        mvc.perform(post("/api/v1/notifications/" + id + "/read").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT read_at IS NULL FROM supervision_notification WHERE id = ?").param(id).query(Boolean.class).single())
                .isTrue();
        mvc.perform(get("/api/v1/notifications?size=201").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
    }
}
