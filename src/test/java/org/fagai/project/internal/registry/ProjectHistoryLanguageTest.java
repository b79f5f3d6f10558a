package org.fagai.project.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.fagai.shared.web.StoredTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's stage history (project_event) is stored as sentences: the project page and its API read it in the
 * reader's language, as it was written in Chinese under Chinese; the lines written in Chinese before are mapped.
 */
@FagaiIntegrationTest
class ProjectHistoryLanguageTest {

    private static final String MIGRATION = "db/migration/V202612111200__project_event_as_sentences.sql";
    private static final Pattern DETAIL = Pattern.compile("<td class=\"project-event-detail\">([^<]*)</td>");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;

    private String post(String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(httpBasic("city", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String api(String code, String lang) throws Exception {
        return mvc.perform(get("/api/v1/projects/" + code).param("lang", lang).with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String> pageHistory(String code, String lang, MockHttpSession session) throws Exception {
        String html = mvc.perform(get("/projects/" + code).param("lang", lang).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> details = new ArrayList<>();
        Matcher m = DETAIL.matcher(html);
        while (m.find()) {
            details.add(org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1)));
        }
        return details;
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Test
    void theStageHistoryReadsInEnglishOnThePageAndInTheApiAndAsBeforeInChinese() throws Exception {
        String provisional = JsonPath.read(post("/api/v1/projects", """
                {"name":"历史语言测试项目","ownerUnit":"示范市产业投资有限公司","regionCode":"339900","totalInvestment":5000}"""), "$.code");
        post("/api/v1/projects/" + provisional + "/stage", """
                {"stage":"CONSTRUCTION","date":"2024-05-06","note":"site handed over"}""");
        post("/api/v1/projects/" + provisional + "/registration", "{\"registeredOn\":\"2024-06-01\"}");
        String code = "2411-339900-04-01-557301";
        post("/api/v1/projects/" + provisional + "/code", "{\"newCode\":\"" + code + "\"}");

        String english = api(code, "en");
        assertThat(JsonPath.<String>read(english, "$.stageName")).isEqualTo("Under construction");
        assertThat(JsonPath.<List<String>>read(english, "$.history[*].detail")).containsExactly(
                "Project code " + provisional + " → " + code,
                "Registered in the fixed-asset investment statistics",
                "Idea → Under construction (construction started on 2024-05-06); site handed over",
                "Registered (Idea)");
        List<String> chinese = List.of(
                "项目代码 " + provisional + " → " + code,
                "纳入固定资产投资统计库（入库）",
                "谋划 → 在建（开工日期 2024-05-06）；site handed over",
                "登记项目（谋划）");
        String zh = api(code, "zh_CN");
        assertThat(JsonPath.<String>read(zh, "$.stageName")).isEqualTo("在建");
        assertThat(JsonPath.<List<String>>read(zh, "$.history[*].detail")).isEqualTo(chinese);

        MockHttpSession city = Sessions.signIn(mvc, "city");
        List<String> page = pageHistory(code, "en", city);
        assertThat(page).hasSize(4).noneMatch(ProjectHistoryLanguageTest::hasHan);
        assertThat(page.get(2)).isEqualTo("Idea → Under construction (construction started on 2024-05-06); site handed over");
        assertThat(pageHistory(code, "zh_CN", city)).isEqualTo(chinese);
    }

    @Test
    @Transactional
    void theFixedChineseLinesWrittenBeforeBecomeSentencesThatReadAsWrittenAndInEnglish() throws Exception {
        long id = jdbc.sql("""
                INSERT INTO project (code, name, owner_unit, region_code, total_investment, stage, created_at, updated_at)
                VALUES ('2501-339902-04-01-998879', '历史迁移测试项目', '测试单位', '339902', 800, 'COMPLETED', now(), now())
                RETURNING id""").query(Long.class).single();
        List<String[]> written = List.of(
                new String[] {"CREATE", "登记项目（储备）"},
                new String[] {"STAGE", "储备 → 在建（开工日期 2023-04-01）；批量导入"},
                new String[] {"REGISTER", "纳入固定资产投资统计库（入库）"},
                new String[] {"STAGE", "在建 → 竣工；#征地|拆迁\\纠纷"},
                new String[] {"CODE", "项目代码 LS2023-339902-000017 → 2501-339902-04-01-998879"},
                new String[] {"STAGE", "某条无法识别的记录"});
        for (int i = 0; i < written.size(); i++) {
            jdbc.sql("INSERT INTO project_event (project_id, kind, happened_on, detail, actor, at) VALUES (?, ?, '2023-04-01', ?, 'city', ?::timestamptz)")
                    .params(id, written.get(i)[0], written.get(i)[1], "2023-04-01 10:0" + i + ":00+08").update();
        }

        template.execute(new String(new ClassPathResource(MIGRATION).getContentAsByteArray(), StandardCharsets.UTF_8));

        List<String> stored = jdbc.sql("SELECT detail FROM project_event WHERE project_id = ? ORDER BY at").param(id)
                .query(String.class).list();
        assertThat(stored.subList(0, 5)).allMatch(s -> s.startsWith("§"));
        assertThat(stored.get(5)).isEqualTo("某条无法识别的记录");
        assertThat(stored.stream().map(StoredTexts::chinese).toList()).isEqualTo(written.stream().map(w -> w[1]).toList());
        assertThat(stored.subList(0, 5).stream().map(StoredTexts::english).toList()).containsExactly(
                "Registered (Reserve)",
                "Reserve → Under construction (construction started on 2023-04-01); imported",
                "Registered in the fixed-asset investment statistics",
                "Under construction → Completed; #征地|拆迁\\纠纷",
                "Project code LS2023-339902-000017 → 2501-339902-04-01-998879");
    }
}
