package org.fagai.cockpit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The periods of the cockpit and of each tile read in the reader's language, on the page and through the API. */
@FagaiIntegrationTest
class CockpitLanguageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @SuppressWarnings("unchecked")
    private Map<String, String> periods(String query) throws Exception {
        String body = mvc.perform(get("/api/v1/cockpit?year=2023&region=339900" + query).with(httpBasic("leader", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Map<String, Object> cockpit = json.readValue(body, Map.class);
        Map<String, String> periods = ((List<Map<String, Object>>) cockpit.get("tiles")).stream()
                .collect(Collectors.toMap(t -> (String) t.get("key"), t -> (String) t.get("period")));
        periods.put("cockpit", (String) cockpit.get("period"));
        return periods;
    }

    @Test
    void underEnglishNoTilesPeriodIsChineseAndByDefaultTheyReadAsBefore() throws Exception {
        Map<String, String> english = periods("&lang=en");
        assertThat(english).containsKeys("projects", "supervision", "funds", "approvals");
        assertThat(english.values()).noneMatch(p -> p.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(english.get("projects")).startsWith("City key projects 2023");
        assertThat(english.get("supervision")).isEqualTo("Supervision items 2023 (colours as of now)");
        assertThat(english.get("funds")).isEqualTo("Funds account 2023");
        Map<String, String> chinese = periods("");
        assertThat(chinese.get("cockpit")).isEqualTo("2023年全年");
        assertThat(chinese.get("projects")).startsWith("2023年市级重点项目");
        assertThat(chinese.get("supervision")).isEqualTo("2023年督办事项（颜色为当前）");
        assertThat(chinese.get("approvals")).isEqualTo("2023年全年（在办为当前）");
        assertThat(chinese.get("attraction")).endsWith("（漏斗为期内新增线索）");
    }

    @Test
    @SuppressWarnings("unchecked")
    void underEnglishNoFiguresNoteIsChinese() throws Exception {
        String body = mvc.perform(get("/api/v1/cockpit?year=2023&region=339900&lang=en").with(httpBasic("leader", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Map<String, Object>> tiles = (List<Map<String, Object>>) json.readValue(body, Map.class).get("tiles");
        List<String> notes = tiles.stream().flatMap(t -> ((List<Map<String, Object>>) t.get("figures")).stream())
                .map(f -> (String) f.get("note")).filter(n -> n != null && !n.isEmpty()).toList();
        assertThat(notes).isNotEmpty().noneMatch(n -> n.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(notes).anyMatch(n -> n.startsWith("target ") && n.contains(", gap ")).anyMatch(n -> n.startsWith("year on year "));
    }

    @Test
    @SuppressWarnings("unchecked")
    void underEnglishNoFiguresValueIsChineseItsUnitsReadInEnglishAndUnderChineseAsBefore() throws Exception {
        Map<String, String> english = values("&lang=en");
        assertThat(english).isNotEmpty();
        assertThat(english.values()).noneMatch(CockpitLanguageTest::han);
        assertThat(english.get("cockpit.projects.total")).isEqualTo("2299.67 × 100m CNY");
        assertThat(english.get("cockpit.projects.new")).isEqualTo("541 · 1108.77 × 100m CNY");
        assertThat(english.get("attraction.cockpit.signed")).isEqualTo("370 · 1580 × 100m CNY");
        assertThat(english.get("energy.cockpit.controlled")).endsWith(" × 10k tce");
        assertThat(english.get("energy.cockpit.co2")).endsWith(" × 10k t");
        assertThat(english.get("地区生产总值")).isEqualTo("2578 × 100m CNY · 7.9%");
        Map<String, String> chinese = values("");
        assertThat(chinese.get("cockpit.projects.new")).isEqualTo("541 · 1108.77亿元");
        assertThat(chinese.get("energy.cockpit.controlled")).endsWith("万吨标准煤");
        assertThat(chinese.get("地区生产总值")).isEqualTo("2578亿元 · 7.9%");
        String page = mvc.perform(get("/cockpit?year=2023&region=339900&lang=en").session(Sessions.signIn(mvc, "leader")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("2299.67 × 100m CNY", " × 10k tce").doesNotContain("§shared", "亿元", "万吨标准煤");
    }

    /** Each figure's value by its label key (or, for an indicator, its catalogue name). */
    @SuppressWarnings("unchecked")
    private Map<String, String> values(String query) throws Exception {
        String body = mvc.perform(get("/api/v1/cockpit?year=2023&region=339900" + query).with(httpBasic("leader", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Map<String, Object>> tiles = (List<Map<String, Object>>) json.readValue(body, Map.class).get("tiles");
        return tiles.stream().flatMap(t -> ((List<Map<String, Object>>) t.get("figures")).stream())
                .collect(Collectors.toMap(f -> (String) (f.get("labelKey") != null ? f.get("labelKey") : f.get("label")),
                        f -> (String) f.get("value"), (a, b) -> a));
    }

    private static boolean han(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Test
    void thePageShowsTheTilesPeriodsInEnglishUnderEnglish() throws Exception {
        String page = mvc.perform(get("/cockpit?year=2023&region=339900&lang=en").session(Sessions.signIn(mvc, "leader")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Supervision items 2023 (colours as of now)", "Funds account 2023", "time elapsed ")
                .doesNotContain("§cockpit", "年督办事项", "序时进度 ");
    }

    private String refused(String query) throws Exception {
        return mvc.perform(get("/api/v1/cockpit?" + query).with(httpBasic("leader", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aBadRegionCodeIsRefusedWithItsReasonInTheReadersLanguage() throws Exception {
        assertThat(refused("year=2023&region=3399&lang=en"))
                .contains("Invalid region code: An administrative division code has 6 digits (9 for a town); it is '3399'");
        assertThat(refused("year=2023&region=3399&lang=zh_CN")).contains("地区代码无效：行政区划代码应为6位数字（乡镇街道为9位），实际为'3399'");
    }
}
