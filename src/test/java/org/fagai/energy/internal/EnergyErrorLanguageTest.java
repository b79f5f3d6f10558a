package org.fagai.energy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.fagai.organization.OrganizationDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** An energy report's and an on-site check's errors, and the check's 督办 item, read in the reader's language. */
@FagaiIntegrationTest
class EnergyErrorLanguageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganizationDirectory directory;

    private String report(String code, String items, String lang) throws Exception {
        return mvc.perform(post("/api/v1/energy/reports").param("lang", lang).contentType(MediaType.APPLICATION_JSON)
                        .with(httpBasic("admin", DEMO_PASSWORD))
                        .content("{\"creditCode\":\"" + code + "\",\"month\":\"2024-03\"," + items + "}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> messages(String body) {
        return JsonPath.read(body, "$.errors[*].message");
    }

    @Test
    void aReportsLineErrorsNameTheEnergyTypeInEnglishUnderEnglishAndAsBeforeInChinese() throws Exception {
        String code = new EnergyFixtures(mvc).enterprise("140107", 1, "语言测试焦化有限公司", 2024);
        String lines = "\"items\":[{\"type\":\"COKE\",\"amount\":10},{\"type\":\"DIESEL\",\"amount\":-1},{\"type\":\"COKE\",\"amount\":3}],"
                + "\"rawMaterial\":[{\"type\":\"COKE\",\"amount\":11},{\"type\":\"GASOLINE\",\"amount\":1}],"
                + "\"nonFossil\":[{\"type\":\"COKE\",\"amount\":1}]";

        String english = report(code, lines, "en");
        assertThat(messages(english)).containsExactlyInAnyOrder(
                "Diesel: the consumption must not be negative: -1",
                "Coke is reported twice in the consumption",
                "Coke: the feedstock use (11) must not exceed its consumption (3)",
                "Gasoline has a feedstock use but no consumption",
                "Coke is a fossil energy and takes no non-fossil part (only electricity, heat and other energy)");
        assertThat((String) JsonPath.read(english, "$.detail")).doesNotContainPattern("\\p{IsHan}").doesNotContain("§");

        assertThat(messages(report(code, lines, "zh_CN"))).containsExactlyInAnyOrder(
                "柴油的消费量不能为负数：-1",
                "焦炭在消费量中重复填报",
                "焦炭的原料用能（11）不能超过其消费量（3）",
                "汽油填报了原料用能，但没有填报其消费量",
                "焦炭是化石能源，不能填报非化石能源部分（仅电力、热力、其他能源）");
        assertThat(messages(report(code, "\"items\":[{\"type\":\"ELECTRICITY\",\"amount\":10}],"
                + "\"rawMaterial\":[{\"type\":\"ELECTRICITY\",\"amount\":6}],\"nonFossil\":[{\"type\":\"ELECTRICITY\",\"amount\":5}]", "en")))
                .containsExactly("Electricity: the non-fossil part and the feedstock use together must not exceed its consumption (10)");
    }

    @Test
    void aReportsBadCreditCodeReadsInEnglishWithTheCodesOwnReasonUnderEnglish() throws Exception {
        String items = "\"items\":[{\"type\":\"COKE\",\"amount\":10}]";
        assertThat(messages(report("91350100M000100Y44", items, "en")))
                .containsExactly("Invalid unified social credit code: Character 18 (the check character) should be 3");
        assertThat(messages(report("91350100M000100Y44", items, "zh_CN"))).containsExactly("统一社会信用代码无效：第18位校验码应为3");
    }

    @Test
    void aChecksRepeatedTypeAndItsItemOnTheLoopReadInEnglishUnderEnglish() throws Exception {
        EnergyFixtures fx = new EnergyFixtures(mvc);
        String code = fx.enterprise("140107", 2, "语言测试水泥有限公司", 2024);
        fx.report("admin", code, "2024-03", "\"items\":[{\"type\":\"RAW_COAL\",\"amount\":1000},{\"type\":\"ELECTRICITY\",\"amount\":500}]")
                .andExpect(status().isCreated());
        long unit = directory.units().get(0).id();
        long person = directory.people().stream().filter(p -> p.username().equals("city")).findFirst().orElseThrow().id();
        String check = """
                {"creditCode":"%s","month":"2024-03","checkedOn":"2024-04-10","checkers":"测试核查组","items":[%s],
                 "leadUnitId":%d,"leadPersonId":%d}""";
        String twice = mvc.perform(post("/api/v1/energy/checks").param("lang", "en").contentType(MediaType.APPLICATION_JSON)
                        .with(httpBasic("admin", DEMO_PASSWORD)).content(check.formatted(code,
                                "{\"type\":\"RAW_COAL\",\"amount\":1000},{\"type\":\"RAW_COAL\",\"amount\":900}", unit, person)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(messages(twice)).containsExactly("Energy type entered twice: Raw coal");

        String created = mvc.perform(post("/api/v1/energy/checks").contentType(MediaType.APPLICATION_JSON)
                        .with(httpBasic("admin", DEMO_PASSWORD)).content(check.formatted(code,
                                "{\"type\":\"RAW_COAL\",\"amount\":1100},{\"type\":\"NATURAL_GAS\",\"amount\":2}", unit, person)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Integer item = JsonPath.read(created, "$.itemId");
        String stored = jdbc.sql("SELECT content FROM supervision_item WHERE id = ?").param(item).query(String.class).single();
        assertThat(stored).startsWith("§energy.check.findings|");

        String english = mvc.perform(get("/api/v1/supervision/items/" + item).param("lang", "en").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(english, "$.title")).isEqualTo("Energy check differences to rectify: 语言测试水泥有限公司 2024-03");
        assertThat((String) JsonPath.read(english, "$.content")).contains("Raw coal reported 1000", " t, checked 1100",
                        "Natural gas reported 0 10,000 m³, checked 2", " 10,000 m³ (not reported before); comprehensive consumption reported")
                .satisfies(t -> assertThat(t.replace("语言测试水泥有限公司", "")).doesNotContainPattern("\\p{IsHan}"));
        String chinese = mvc.perform(get("/api/v1/supervision/items/" + item).param("lang", "zh_CN").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(chinese, "$.title")).isEqualTo("能耗核查差异整改：语言测试水泥有限公司 2024-03");
        assertThat((String) JsonPath.read(chinese, "$.content")).startsWith("语言测试水泥有限公司 2024-03 能耗月报实地核查，差异超过")
                .contains("原煤 报送1000", "吨、核查1100", "天然气 报送0万立方米、核查2", "万立方米（原未报送）；综合能耗报送")
                .endsWith("。请督促企业更正月报并说明原因。");
    }

    @Test
    void aTargetWithoutSubjectTypeOrGoalsIsRefusedInEnglishUnderEnglishAndAsBeforeInChinese() throws Exception {
        String body = "{\"subjectType\":\"PLANET\",\"subjectCode\":\"339900\",\"year\":2024}";
        String english = mvc.perform(put("/api/v1/energy/targets").param("lang", "en").contentType(MediaType.APPLICATION_JSON)
                        .with(httpBasic("admin", DEMO_PASSWORD)).content(body))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(messages(english)).contains("The subject type must be REGION, DEPARTMENT or ENTERPRISE")
                .allSatisfy(m -> assertThat(m).doesNotContainPattern("\\p{IsHan}"));
        String chinese = mvc.perform(put("/api/v1/energy/targets").param("lang", "zh_CN").contentType(MediaType.APPLICATION_JSON)
                        .with(httpBasic("admin", DEMO_PASSWORD)).content(body))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(messages(chinese)).contains("考核对象类型应为 REGION、DEPARTMENT 或 ENTERPRISE");
    }

    @Test
    void everyEnergyErrorKeyIsInBothLanguagesAndFormatsWithPlaceholderArguments() throws Exception {
        org.fagai.shared.web.ErrorBundles.assertComplete("energy");
    }
}
