package org.fagai.indicator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@FagaiIntegrationTest
class IndicatorApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private static RequestPostProcessor as(String user) {
        return httpBasic(user, DEMO_PASSWORD);
    }

    @Test
    void theCatalogueListsTheSeededIndicatorsWithUnitFrequencyAndGrowthSource() throws Exception {
        mvc.perform(get("/api/v1/indicators").with(as("leader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(14)))
                .andExpect(jsonPath("$[?(@.code == 'GDP')].frequency").value(hasItem("QUARTERLY")))
                .andExpect(jsonPath("$[?(@.code == 'GDP')].growthSource").value(hasItem("REPORTED")))
                .andExpect(jsonPath("$[?(@.code == 'FAI')].januaryAlone").value(hasItem(false)))
                .andExpect(jsonPath("$[?(@.code == 'BUDGET_REV')].januaryAlone").value(hasItem(true)))
                .andExpect(jsonPath("$[?(@.code == 'INCOME')].unit").value(hasItem("YUAN")))
                .andExpect(jsonPath("$[*].name", hasItem("规上服务业营业收入")));
    }

    @Test
    void comparableBasisIndicatorsCarryTheBureausGrowthAndOnlyLevelComparableOnesAreCheckedAgainstLevels() throws Exception {
        mvc.perform(get("/api/v1/indicators").with(as("leader")))
                .andExpect(jsonPath("$[?(@.code in ['GDP','IND_VA','FAI','FAI_CONSTR','FAI_INDUSTRY','RETAIL'])].growthSource")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("REPORTED"))))
                .andExpect(jsonPath("$[?(@.code == 'FAI')].levelComparable").value(hasItem(false)))
                .andExpect(jsonPath("$[?(@.code == 'BUDGET_REV')].growthSource").value(hasItem("COMPUTED")))
                .andExpect(jsonPath("$[?(@.code == 'BUDGET_REV')].levelComparable").value(hasItem(true)));
        mvc.perform(get("/api/v1/indicators/overview?region=339900&period=2023-12").with(as("leader")))
                .andExpect(jsonPath("$[?(@.code == 'FAI')].growth").value(hasItem(31.0)))
                .andExpect(jsonPath("$[?(@.code == 'FAI')].growthEstimated").value(hasItem(false)))
                .andExpect(jsonPath("$[?(@.code == 'RETAIL')].growth").value(hasItem(19.9)))
                .andExpect(jsonPath("$[?(@.code == 'RETAIL')].growthEstimated").value(hasItem(false)))
                .andExpect(jsonPath("$[?(@.code == 'IND_VA')].growth").value(hasItem(28.0)))
                .andExpect(jsonPath("$[?(@.code == 'BUDGET_REV')].growth").value(hasItem(11.2)))
                .andExpect(jsonPath("$[?(@.code == 'BUDGET_REV')].growthEstimated").value(hasItem(true)))
                .andExpect(jsonPath("$[*].growthDiffers").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(false))));
        mvc.perform(get("/api/v1/indicators/FAI/values?region=339902&from=2023-02&to=2023-12").with(as("leader")))
                .andExpect(jsonPath("$[*].reportedGrowth").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.notNullValue())))
                .andExpect(jsonPath("$[*].growthEstimated").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(false))));
    }

    @Test
    void theOverviewPageLabelsAComputedGrowthAsAnEstimate() throws Exception {
        mvc.perform(get("/indicators?region=339900&period=2023-12").session(org.fagai.Sessions.signIn(mvc, "leader")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("fagai-estimated")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(">测算<")));
    }

    @Test
    void theCitysFullYear2023IsSeedZerosFigures() throws Exception {
        mvc.perform(get("/api/v1/indicators/overview?region=339900&period=2023-12").with(as("leader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'GDP')].value").value(hasItem(2578.0)))
                .andExpect(jsonPath("$[?(@.code == 'GDP')].growth").value(hasItem(7.9)))
                .andExpect(jsonPath("$[?(@.code == 'GDP')].period").value(hasItem("2023年全年")))
                .andExpect(jsonPath("$[?(@.code == 'GDP')].target").value(hasItem(7.5)))
                .andExpect(jsonPath("$[?(@.code == 'GDP')].gap").value(hasItem(0.4)))
                .andExpect(jsonPath("$[?(@.code == 'GDP')].warning").value(hasItem("GREEN")))
                .andExpect(jsonPath("$[?(@.code == 'FAI')].value").value(hasItem(987.0)))
                .andExpect(jsonPath("$[?(@.code == 'FAI')].growth").value(hasItem(31.0)))
                .andExpect(jsonPath("$[?(@.code == 'RETAIL')].value").value(hasItem(1423.0)))
                .andExpect(jsonPath("$[?(@.code == 'RETAIL')].growth").value(hasItem(19.9)))
                .andExpect(jsonPath("$[?(@.code == 'BUDGET_REV')].value").value(hasItem(384.0)))
                .andExpect(jsonPath("$[?(@.code == 'BUDGET_REV')].growth").value(hasItem(11.2)))
                .andExpect(jsonPath("$[?(@.code == 'BUDGET_REV')].completion").value(hasItem(100.0)))
                .andExpect(jsonPath("$[?(@.code == 'IND_VA')].growth").value(hasItem(28.0)))
                .andExpect(jsonPath("$[?(@.code == 'IND_VA')].value").value(hasItem(nullValue())));
    }

    @Test
    void aDistrictBehindItsTargetsIsWarnedAndRankedAmongTheDistricts() throws Exception {
        // 北港区: fixed-asset investment +18% against +25% → 7 points below → red.
        mvc.perform(get("/api/v1/indicators/overview?region=339905&period=2023-12").with(as("city")))
                .andExpect(jsonPath("$[?(@.code == 'FAI')].growth").value(hasItem(18.0)))
                .andExpect(jsonPath("$[?(@.code == 'FAI')].gap").value(hasItem(-7.0)))
                .andExpect(jsonPath("$[?(@.code == 'FAI')].warning").value(hasItem("RED")))
                .andExpect(jsonPath("$[?(@.code == 'FAI')].rank").value(hasItem(6)))
                .andExpect(jsonPath("$[?(@.code == 'FAI')].rankOf").value(hasItem(6)));
        // 云岭县: revenue target 1.6 times its share → 62.5% done at year end, 37.5 points behind → red.
        mvc.perform(get("/api/v1/indicators/overview?region=339922&period=2023-12").with(as("city")))
                .andExpect(jsonPath("$[?(@.code == 'BUDGET_REV')].progressWarning").value(hasItem("RED")));
        mvc.perform(get("/api/v1/indicators/FAI/ranking?parent=339900&period=2023-12").with(as("city")))
                .andExpect(jsonPath("$.length()").value(6))
                .andExpect(jsonPath("$[0].regionName").value("青溪县"))
                .andExpect(jsonPath("$[0].growth").value(40.0))
                .andExpect(jsonPath("$[0].rank").value(1))
                .andExpect(jsonPath("$[5].regionCode").value("339905"))
                .andExpect(jsonPath("$[5].rank").value(6));
    }

    @Test
    void theDemoDistrictsAddUpToTheCityForAdditiveIndicatorsInEveryPeriod() {
        long mismatches = jdbc.sql("""
                SELECT count(*) FROM indicator_value c JOIN indicator i ON i.code = c.indicator_code AND i.additive
                WHERE c.region_code = '339900' AND c.year IN (2022, 2023) AND c.value <> (
                    SELECT sum(d.value) FROM indicator_value d JOIN region r ON r.code = d.region_code AND r.parent_code = '339900'
                    WHERE d.indicator_code = c.indicator_code AND d.year = c.year AND d.to_month = c.to_month)""")
                .query(Long.class).single();
        long checked = jdbc.sql("SELECT count(*) FROM indicator_value c JOIN indicator i ON i.code = c.indicator_code AND i.additive WHERE c.region_code = '339900' AND c.year IN (2022, 2023)")
                .query(Long.class).single();
        assertThat(checked).isGreaterThan(200);
        assertThat(mismatches).isZero();
    }

    @Test
    void quarterlyIndicatorsShowTheLastFinishedQuarterAndOneToTwoMonthIndicatorsNothingForJanuary() throws Exception {
        mvc.perform(get("/api/v1/indicators/overview?region=339900&period=2023-11").with(as("city")))
                .andExpect(jsonPath("$[?(@.code == 'GDP')].period").value(hasItem("2023年前三季度")))
                .andExpect(jsonPath("$[?(@.code == 'FAI')].period").value(hasItem("2023年1-11月")));
        mvc.perform(get("/api/v1/indicators/overview?region=339900&period=2023-02").with(as("city")))
                .andExpect(jsonPath("$[?(@.code == 'GDP')].value").value(hasItem(nullValue())))
                .andExpect(jsonPath("$[?(@.code == 'FAI')].period").value(hasItem("2023年1-2月")));
        mvc.perform(get("/api/v1/indicators/overview?region=339900&period=2023-01").with(as("city")))
                .andExpect(jsonPath("$[?(@.code == 'FAI')].period").value(hasItem(nullValue())))
                .andExpect(jsonPath("$[?(@.code == 'FAI')].value").value(hasItem(nullValue())))
                .andExpect(jsonPath("$[?(@.code == 'BUDGET_REV')].period").value(hasItem("2023年1月")));
        mvc.perform(get("/api/v1/indicators/GDP/values?region=339900&from=2023Q1&to=2023Q4").with(as("city")))
                .andExpect(jsonPath("$[*].periodLabel").value(org.hamcrest.Matchers.contains(
                        "2023年一季度", "2023年上半年", "2023年前三季度", "2023年全年")));
    }

    @Test
    void valuesOfOneToTwoMonthIndicatorsAreLabelledOneToTwoMonths() throws Exception {
        mvc.perform(get("/api/v1/indicators/FAI/values?region=339902&from=2023-01&to=2023-03").with(as("city")))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].periodLabel").value("2023年1-2月"))
                .andExpect(jsonPath("$[1].periodLabel").value("2023年1-3月"));
    }

    @Test
    void aJanuaryOnlyValueOfAOneToTwoMonthIndicatorIsRefusedWithAClearMessage() throws Exception {
        mvc.perform(post("/api/v1/indicators/values").with(as("city")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"indicatorCode":"FAI","regionCode":"339902","period":"2024年1月","value":12.5}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"))
                .andExpect(jsonPath("$.errors[0].message").value("固定资产投资的1月数据不单独发布，请按1-2月累计填报，如2024年1-2月"));
        assertThat(jdbc.sql("SELECT count(*) FROM indicator_value WHERE indicator_code = 'FAI' AND year = 2024 AND to_month = 1")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aRecordedValueGetsItsGrowthFromLastYearAndIsAudited() throws Exception {
        // 2023年1-2月 of 规上工业总产值 (growth computed from levels) is stored by the demo; a 2024 value 10% higher grows 10.0%.
        BigDecimal last = jdbc.sql("SELECT value FROM indicator_value WHERE indicator_code = 'IND_OUTPUT' AND region_code = '339903' AND year = 2023 AND to_month = 2")
                .query(BigDecimal.class).single();
        BigDecimal value = last.multiply(new BigDecimal("1.1"));
        mvc.perform(post("/api/v1/indicators/values").with(as("city")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"indicatorCode\":\"IND_OUTPUT\",\"regionCode\":\"339903\",\"period\":\"2024年1-2月\",\"value\":" + value.toPlainString() + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periodLabel").value("2024年1-2月"))
                .andExpect(jsonPath("$.growth").value(10.0))
                .andExpect(jsonPath("$.computedGrowth").value(10.0))
                .andExpect(jsonPath("$.growthEstimated").value(true));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE target_type = 'indicator-value' AND target_id = 'IND_OUTPUT/339903/2024年1-2月' AND actor = 'city'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void equalGrowthsShareARankInTheDistrictRanking() throws Exception {
        String[][] rows = {{"339902", "100", "110"}, {"339903", "200", "220"}, {"339904", "100", "105"}, {"339905", "100", "120"}};
        for (String[] r : rows) {
            for (int y = 0; y < 2; y++) {
                mvc.perform(post("/api/v1/indicators/values").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                                .content("{\"indicatorCode\":\"TRADE\",\"regionCode\":\"" + r[0] + "\",\"period\":\""
                                        + (2019 + y) + "-06\",\"value\":" + r[1 + y] + "}"))
                        .andExpect(status().isOk());
            }
        }
        mvc.perform(get("/api/v1/indicators/TRADE/ranking?parent=339900&period=2020-06").with(as("city")))
                .andExpect(jsonPath("$[*].regionCode").value(org.hamcrest.Matchers.contains("339905", "339902", "339903", "339904")))
                .andExpect(jsonPath("$[*].rank").value(org.hamcrest.Matchers.contains(1, 2, 2, 4)))
                .andExpect(jsonPath("$[*].growth").value(org.hamcrest.Matchers.contains(20.0, 10.0, 10.0, 5.0)));
    }

    @Test
    void targetsAreSetByStaffAndRefusedWithEveryProblemNamed() throws Exception {
        mvc.perform(put("/api/v1/indicators/targets").with(as("city")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"indicatorCode":"RETAIL","regionCode":"339921","year":2024,"growthTarget":8.5,"absoluteTarget":160}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.growthTarget").value(8.5))
                .andExpect(jsonPath("$.absoluteTarget").value(160));
        mvc.perform(put("/api/v1/indicators/targets").with(as("city")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"indicatorCode":"IND_VA","regionCode":"339921","year":1999,"absoluteTarget":-5}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("year", "absoluteTarget")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("规模以上工业增加值只发布增速，不能设定总量目标")));
        mvc.perform(put("/api/v1/indicators/targets").with(as("district")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"indicatorCode":"RETAIL","regionCode":"339902","year":2024,"growthTarget":8.5}"""))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/indicators/targets?region=339921&year=2024").with(as("leader")))
                .andExpect(jsonPath("$[?(@.indicatorCode == 'RETAIL')].growthTarget").value(hasItem(8.5)));
    }

    @Test
    void aDistrictUserSeesOnlyHisDistrictAndAProjectOwnerNothing() throws Exception {
        mvc.perform(get("/api/v1/indicators/overview?region=339902&period=2023-12").with(as("district")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'FAI')].rank").value(hasItem(org.hamcrest.Matchers.notNullValue())));
        mvc.perform(get("/api/v1/indicators/overview?region=339900&period=2023-12").with(as("district")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/indicators/FAI/ranking?parent=339900&period=2023-12").with(as("district")))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].regionCode").value("339902"));
        mvc.perform(get("/api/v1/indicators").with(as("owner"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/indicators/values").with(as("leader")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"indicatorCode":"FAI","regionCode":"339902","period":"2024-03","value":1}"""))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBadPeriodIsAProblemNotAnError() throws Exception {
        mvc.perform(get("/api/v1/indicators/overview?region=339900&period=2023-13").with(as("city")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/indicators/NOPE/values?region=339900").with(as("city")))
                .andExpect(status().isNotFound());
    }
}
