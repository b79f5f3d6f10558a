package org.fagai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A town (乡镇街道, 9 digits) is a region only enterprises sit in: everywhere else a region is entered — projects, users,
 * departments, penalties, indicator values and targets, funds, notices — it is refused with the one rule's reason
 * (RegionCode#isCountyOrAbove) naming the field, a 400 (or the form's error), and nothing is stored.
 */
@FagaiIntegrationTest
class TownsAsRegionsTest {

    private static final String TOWN = "339902001";
    private static final String REASON = "不能是乡镇街道：" + TOWN;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private ResultActions api(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body).with(httpBasic("city", DEMO_PASSWORD)));
    }

    private static void refused(ResultActions result, String field) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == '" + field + "')].message", hasItem(containsString(REASON))));
    }

    @Test
    void aProjectInATownIsRefusedNamingItsRegion() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM project").query(Long.class).single();
        refused(api(post("/api/v1/projects"), """
                {"name":"乡镇项目","ownerUnit":"测试公司","regionCode":"%s","totalInvestment":100,"stage":"前期",
                 "startMonth":"2024-01","endMonth":"2024-12"}""".formatted(TOWN)), "regionCode");
        assertThat(jdbc.sql("SELECT count(*) FROM project").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aUserOrADepartmentInATownIsAFormErrorOnTheirRegion() throws Exception {
        MockHttpSession admin = Sessions.signIn(mvc, "admin");
        String page = mvc.perform(post("/admin/users").session(admin).with(csrf()).param("username", "townuser")
                        .param("displayName", "乡镇用户").param("role", "STAFF").param("regionCode", TOWN)
                        .param("enabled", "true").param("password", "Town#User2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("用户所属地区须为区县及以上行政区划", REASON);
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username = 'townuser'").query(Long.class).single()).isZero();
        mvc.perform(post("/admin/departments").session(admin).with(csrf()).param("name", "乡镇科室").param("regionCode", TOWN)
                        .param("sortOrder", "1").param("enabled", "true"))
                .andExpect(content().string(containsString("科室所属地区须为区县及以上行政区划")));
        assertThat(jdbc.sql("SELECT count(*) FROM department WHERE name = '乡镇科室'").query(Long.class).single()).isZero();
    }

    @Test
    void aPenaltyAValueATargetAFundsApplicationAndANoticeForATownAreRefused() throws Exception {
        refused(api(post("/api/v1/credit/penalties"), """
                {"category":"GENERAL","partyName":"测试相对人","partyCreditCode":"91339922MA2K0F069W","regionCode":"%s",
                 "documentNumber":"示发改罚〔乡镇〕1号","violationType":"未按规定报送资料","facts":"逾期未报送",
                 "basis":"《价格违法行为行政处罚规定》","penaltyType":"罚款","content":"罚款0.2万元","fineWan":0.2,
                 "decisionDate":"2024-05-06","effectiveUntil":"2024-05-06"}""".formatted(TOWN)), "regionCode");
        refused(api(post("/api/v1/indicators/values"), """
                {"indicatorCode":"FAI","regionCode":"%s","period":"2024年1-3月","value":12.5}""".formatted(TOWN)), "regionCode");
        refused(api(put("/api/v1/indicators/targets"), """
                {"indicatorCode":"RETAIL","regionCode":"%s","year":2024,"growthTarget":8.5}""".formatted(TOWN)), "regionCode");
        refused(api(post("/api/v1/funds/applications"), """
                {"channel":"SPECIAL_BOND","projectCode":"2501-339902-04-01-300001","year":2026,"amountRequested":100,
                 "use":"管网建设","sector":"MUNICIPAL","projectName":"乡镇管网","regionCode":"%s","totalInvestment":1000}"""
                .formatted(TOWN)), "regionCode");
        refused(api(post("/api/v1/notices"), """
                {"title":"乡镇通知","body":"请按要求办理。","regions":["%s"]}""".formatted(TOWN)), "regions");
    }
}
