package org.fagai.energy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@FagaiIntegrationTest
class EnergyScoreSuggestionTest {

    @Autowired
    org.fagai.shared.web.Formats fmt;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private ResultActions score(String scores) throws Exception {
        return mvc.perform(post("/api/v1/energy/assessments").contentType(MediaType.APPLICATION_JSON).with(httpBasic("city", DEMO_PASSWORD))
                .content("{\"year\":2023,\"subjectType\":\"REGION\",\"subjectCode\":\"339900\",\"scores\":[" + scores + "]}"));
    }

    @Test
    void eachSourcesRuleGivesFullMarksAtTheTargetAndTheShareBelowIt() {
        assertThat(ScoreSource.decline(d("3.0"), d("3.0"))).isEqualByComparingTo("100");
        assertThat(ScoreSource.decline(d("3.5"), d("3.0"))).isEqualByComparingTo("100");
        assertThat(ScoreSource.decline(d("1.5"), d("3.0"))).isEqualByComparingTo("50");
        assertThat(ScoreSource.decline(d("-1.2"), d("3.0"))).isEqualByComparingTo("0");
        assertThat(ScoreSource.decline(null, d("3.0"))).isNull();
        assertThat(ScoreSource.cap(d("100"), d("100"))).isEqualByComparingTo("100");
        assertThat(ScoreSource.cap(d("125"), d("100"))).isEqualByComparingTo("80");
        assertThat(ScoreSource.share(3, 4)).isEqualByComparingTo("75");
        assertThat(ScoreSource.share(0, 0)).isEqualByComparingTo("100");
    }

    @Test
    void theCitysSuggestionsComeFromItsAccountAndAScoreLeftOutTakesThem() throws Exception {
        String region = mvc.perform(get("/api/v1/energy/regions/339900?year=2023&month=12").with(httpBasic("city", DEMO_PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        BigDecimal decline = new BigDecimal(JsonPath.read(region, "$.intensity.decline").toString());
        BigDecimal target = new BigDecimal(JsonPath.read(region, "$.annualTarget.intensityDecline").toString());
        String suggestions = mvc.perform(get("/api/v1/energy/assessments/suggestions").param("year", "2023").param("subjectType", "REGION")
                        .param("subjectCode", "339900").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Number> intensity = JsonPath.read(suggestions, "$[?(@.indicator=='INTENSITY')].score");
        assertThat(new BigDecimal(intensity.get(0).toString())).isEqualByComparingTo(ScoreSource.decline(decline, target));
        String body = score("{\"indicator\":\"TASKS\",\"score\":80}").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        List<Number> scored = JsonPath.read(body, "$.lines[?(@.indicator=='INTENSITY')].score");
        assertThat(new BigDecimal(scored.get(0).toString())).isEqualByComparingTo(ScoreSource.decline(decline, target));
    }

    @Test
    void eachSuggestionsBasisReadsInTheReadersLanguageInTheApi() throws Exception {
        String english = suggestions("en");
        List<String> bases = JsonPath.read(english, "$[*].basis");
        assertThat(bases).isNotEmpty().noneMatch(b -> b.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(JsonPath.<List<String>>read(english, "$[?(@.indicator=='INTENSITY')].basis").get(0))
                .matches("energy intensity down -?[\\d.]+%, target -?[\\d.]+%");
        assertThat(english).doesNotContain("storedBasis", "§");
        assertThat(JsonPath.<List<String>>read(suggestions("zh_CN"), "$[?(@.indicator=='INTENSITY')].basis").get(0))
                .matches("能耗强度下降-?[\\d.]+%，目标-?[\\d.]+%");
    }

    private String suggestions(String lang) throws Exception {
        return mvc.perform(get("/api/v1/energy/assessments/suggestions").param("year", "2023").param("subjectType", "REGION")
                        .param("subjectCode", "339900").param("lang", lang).with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void anOverrideNeedsAReasonWhichIsKeptAndAudited() throws Exception {
        score("{\"indicator\":\"INTENSITY\",\"score\":1},{\"indicator\":\"TASKS\",\"score\":80}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("scores[0].reason"));
        String body = score("{\"indicator\":\"INTENSITY\",\"score\":1,\"reason\":\"统计数据核减后重算\"},{\"indicator\":\"TASKS\",\"score\":80}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        List<String> reasons = JsonPath.read(body, "$.lines[?(@.indicator=='INTENSITY')].overrideReason");
        assertThat(reasons).containsExactly("统计数据核减后重算");
        Integer id = JsonPath.read(body, "$.id");
        String detail = fmt.storedChinese(jdbc.sql("SELECT detail FROM audit_log WHERE target_id = ? AND target_type = 'energy-assessment' "
                + "ORDER BY id DESC LIMIT 1").param(String.valueOf(id)).query(String.class).single());
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
        try {
            assertThat(fmt.stored(jdbc.sql("SELECT detail FROM audit_log WHERE target_id = ? AND target_type = 'energy-assessment' "
                    + "ORDER BY id DESC LIMIT 1").param(String.valueOf(id)).query(String.class).single()))
                    .contains("suggested scores changed: ", "energy intensity down ", "changed to 1, reason: 统计数据核减后重算")
                    .doesNotContain("调整建议分", "%，目标");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
        assertThat(detail).contains("调整建议分").contains("调整为1").contains("统计数据核减后重算");
        score("{\"indicator\":\"INTENSITY\",\"score\":1,\"reason\":\"" + "长".repeat(501) + "\"},{\"indicator\":\"TASKS\",\"score\":80}")
                .andExpect(status().isBadRequest());
    }

    @Test
    void publishingAResultNotifiesTheAssessedDistrictsUsersOnceAndNoUnitAccount() throws Exception {
        String body = mvc.perform(post("/api/v1/energy/assessments").contentType(MediaType.APPLICATION_JSON).with(httpBasic("city", DEMO_PASSWORD))
                        .content("""
                                {"year":2020,"subjectType":"REGION","subjectCode":"339902",
                                 "scores":[{"indicator":"INTENSITY","score":90},{"indicator":"CARBON","score":85},
                                           {"indicator":"TOTAL","score":80},{"indicator":"TASKS","score":88}]}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        Integer id = JsonPath.read(body, "$.id");
        mvc.perform(post("/api/v1/energy/assessments/" + id + "/publish").with(httpBasic("city", DEMO_PASSWORD))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/energy/assessments/" + id + "/publish").with(httpBasic("city", DEMO_PASSWORD))).andExpect(status().isOk());
        List<String> recipients = jdbc.sql("""
                        SELECT u.username FROM supervision_notification n JOIN app_user u ON u.id = n.recipient_id
                        WHERE n.dedupe_key LIKE ? ORDER BY u.username""").param("energy.assessment:" + id + ":%").query(String.class).list();
        assertThat(recipients).contains("district").doesNotContain("owner", "city").doesNotHaveDuplicates();
        assertThat(notifications("")).contains("2020年度节能目标责任考核结果已公布：东湖区").doesNotContain("§");
        assertThat(notifications("&lang=en")).contains("Energy-saving target assessment 2020 published: 东湖区", "grade: ")
                .doesNotContain("2020年度节能目标责任考核结果已公布");
    }

    String notifications(String lang) throws Exception {
        return mvc.perform(get("/api/v1/notifications?size=100" + lang).with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
