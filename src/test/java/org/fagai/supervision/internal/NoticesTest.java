package org.fagai.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 通知公告: who a notice reaches by role and region, read status for the recipient, who read it for the publisher. */
@FagaiIntegrationTest
class NoticesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static MockHttpServletRequestBuilder publish(String json) {
        return post("/api/v1/notices").contentType(MediaType.APPLICATION_JSON).content(json);
    }

    long publishAs(String user, String title, String audience) throws Exception {
        String body = mvc.perform(publish("{\"title\":\"" + title + "\",\"body\":\"请按要求办理。\"," + audience + "}")
                        .with(httpBasic(user, DEMO_PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    List<String> recipients(long notice) {
        return jdbc.sql("SELECT u.username FROM supervision_notice_recipient r JOIN app_user u ON u.id = r.user_id"
                + " WHERE r.notice_id = ? ORDER BY u.username").param(notice).query(String.class).list();
    }

    boolean received(String user, long notice) throws Exception {
        String body = mvc.perform(get("/api/v1/notices?size=200").with(httpBasic(user, DEMO_PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return !JsonPath.<List<Object>>read(body, "$.items[?(@.id == " + notice + ")]").isEmpty();
    }

    @Test
    void aNoticeToARoleReachesThatRoleOnlyAndThePublisherSeesWhoReadIt() throws Exception {
        long id = publishAs("city", "关于报送督办进展的通知（角色）", "\"roles\":[\"DISTRICT\"]");
        assertThat(recipients(id)).contains("district").doesNotContain("city", "leader", "owner", "admin");
        assertThat(received("district", id)).isTrue();
        assertThat(received("owner", id)).isFalse();
        mvc.perform(get("/api/v1/notices/" + id).with(httpBasic("owner", DEMO_PASSWORD))).andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/notices/" + id + "/readers").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(jsonPath("$[?(@.name == '王科员')].readAt").value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())));
        assertThat(jdbc.sql("SELECT count(*) FROM supervision_notification n JOIN app_user u ON u.id = n.recipient_id"
                + " WHERE u.username = 'district' AND n.link = ? AND n.read_at IS NULL").param("/notices/" + id).query(Long.class).single())
                .as("the recipient is notified (the bell)").isEqualTo(1);

        mvc.perform(get("/api/v1/notices/" + id).with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.read").value(true));
        mvc.perform(get("/api/v1/notices/" + id + "/readers").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(jsonPath("$[?(@.name == '王科员')].readAt").value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.notNullValue())));
        mvc.perform(get("/api/v1/notices/" + id).with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.readers").value(1));
        assertThat(jdbc.sql("SELECT count(*) FROM supervision_notification n JOIN app_user u ON u.id = n.recipient_id"
                + " WHERE u.username = 'district' AND n.link = ? AND n.read_at IS NULL").param("/notices/" + id).query(Long.class).single())
                .as("reading the notice reads its notification").isZero();
        mvc.perform(get("/api/v1/notices/" + id + "/readers").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aNoticeToADistrictReachesEveryRoleThereAndNoOneInTheCity() throws Exception {
        long id = publishAs("leader", "关于东湖区项目调度的通知（地区）", "\"regions\":[\"339902\"]");
        assertThat(recipients(id)).contains("district", "owner").doesNotContain("city", "admin", "leader");
        long cityWide = publishAs("leader", "关于全市督办工作的通知（全市）", "\"roles\":[\"STAFF\",\"DISTRICT\",\"OWNER\"]");
        assertThat(recipients(cityWide)).contains("city", "district", "owner").doesNotContain("admin", "leader");
    }

    @Test
    void aPublisherAddressesOnlyRegionsHeSeesAndOwnersPublishNothing() throws Exception {
        mvc.perform(publish("{\"title\":\"越权通知\",\"body\":\"正文\",\"regions\":[\"339900\"]}").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("regions"));
        mvc.perform(publish("{\"title\":\"无效地区\",\"body\":\"正文\",\"regions\":[\"12AB\"],\"roles\":[\"KING\"]}")
                        .with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("roles", "regions")));
        mvc.perform(publish("{\"title\":\"\",\"body\":\"\"}").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("title", "body")));
        mvc.perform(publish("{\"title\":\"项目单位通知\",\"body\":\"正文\"}").with(httpBasic("owner", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theRecipientSeesTheNoticeOnHisHomePageUnreadThenReadAndThePublisherTheReaders() throws Exception {
        long id = publishAs("city", "关于首页通知公告展示的通知", "\"regions\":[\"339902\"],\"roles\":[\"DISTRICT\"]");
        MockHttpSession district = Sessions.signIn(mvc, "district");
        String home = mvc.perform(get("/").session(district)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(home).contains("id=\"home-notices\"").contains("关于首页通知公告展示的通知");
        assertThat(home.substring(home.indexOf("id=\"home-notices\""))).contains("data-read=\"false\"");
        String page = mvc.perform(get("/notices/" + id).session(district)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("请按要求办理。").doesNotContain("id=\"notice-readers\"");

        MockHttpSession city = Sessions.signIn(mvc, "city");
        String readers = mvc.perform(get("/notices/" + id).session(city)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(readers).contains("id=\"notice-readers\"").contains("王科员").contains("data-read=\"true\"");
        String published = mvc.perform(get("/notices?published=true").session(city)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(published).contains("关于首页通知公告展示的通知").contains("1 / " + recipients(id).size());
        String form = mvc.perform(post("/notices").session(city).with(csrf()).param("title", "").param("body", "x"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("id=\"form-errors\"");
    }
}
