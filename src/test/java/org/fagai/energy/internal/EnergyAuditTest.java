package org.fagai.energy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.fagai.energy.EnergyType;
import org.fagai.shared.web.Formats;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Energy's edits are audited field by field through the shared {@code Changes} with the fields named by message keys: a
 * corrected monthly report, an energy type's factors, the review and assessment rules and a review's steps; each entry
 * reads in the reader's language (no Chinese under English but the data), on the audit page too.
 */
@FagaiIntegrationTest
class EnergyAuditTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Formats fmt;
    @Autowired
    FactorStore factors;
    @Autowired
    RuleStore rules;

    private String lastDetail(String targetType, String targetId) {
        return jdbc.sql("SELECT detail FROM audit_log WHERE target_type = ? AND target_id = ? ORDER BY id DESC LIMIT 1")
                .params(targetType, targetId).query(String.class).single();
    }

    private String read(String stored, Locale locale) {
        LocaleContextHolder.setLocale(locale);
        try {
            return fmt.stored(stored);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private static boolean han(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Test
    void aCorrectedReportNamesEachChangedFieldWithItsOldAndNewValueInTheReadersLanguage() throws Exception {
        EnergyFixtures fx = new EnergyFixtures(mvc);
        String code = fx.enterprise("130102", 871, "Audit Test Steel Co", 2024);
        fx.report("admin", code, "2024-05", "\"items\":[{\"type\":\"RAW_COAL\",\"amount\":1000},{\"type\":\"ELECTRICITY\",\"amount\":500}],"
                + "\"outputValue\":5600").andExpect(status().isCreated());
        long id = jdbc.sql("SELECT id FROM energy_report WHERE credit_code = ? AND year = 2024 AND month = 5").param(code)
                .query(Long.class).single();
        String filed = lastDetail(Reports.AUDIT_TYPE, String.valueOf(id));
        assertThat(read(filed, Locale.SIMPLIFIED_CHINESE)).startsWith("填报能耗月报 Audit Test Steel Co 2024-05：综合能耗");

        fx.report("admin", code, "2024-05", "\"items\":[{\"type\":\"RAW_COAL\",\"amount\":1200},{\"type\":\"ELECTRICITY\",\"amount\":500}],"
                + "\"rawMaterial\":[{\"type\":\"RAW_COAL\",\"amount\":100}],\"outputValue\":5800").andExpect(status().is2xxSuccessful());
        String corrected = lastDetail(Reports.AUDIT_TYPE, String.valueOf(id));
        String chinese = read(corrected, Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese).startsWith("更正能耗月报 Audit Test Steel Co 2024-05：综合能耗")
                .contains("工业总产值（万元）：5600 → 5800", "原煤（吨）：1000 → 1200", "原煤原料用能（吨）：0 → 100")
                .doesNotContain("电力（万千瓦时）：");
        String english = read(corrected, Locale.ENGLISH);
        assertThat(english).startsWith("Monthly energy report of Audit Test Steel Co for 2024-05 corrected: energy ")
                .contains("Industrial output (10k CNY): 5600 → 5800", "Raw coal (t): 1000 → 1200",
                        "Raw coal used as raw material (t): 0 → 100");
        assertThat(han(english)).as(english).isFalse();
    }

    @Test
    void anEnergyTypesFactorEditNamesTheFieldsItChanged() throws Exception {
        MockHttpSession admin = Sessions.signIn(mvc, "admin");
        String before = factors.current().of(EnergyType.LPG).source();
        try {
            mvc.perform(post("/energy/factors/types/LPG").session(admin).with(csrf()).param("source", "GB/T 2589-2020 audit test"))
                    .andExpect(status().is3xxRedirection());
            String detail = lastDetail("energy-factor", "LPG");
            assertThat(read(detail, Locale.SIMPLIFIED_CHINESE)).startsWith("液化石油气：来源：")
                    .contains(" → GB/T 2589-2020 audit test；重新计算月报 ").doesNotContain("折标准煤系数");
            String english = read(detail, Locale.ENGLISH);
            // The source itself is data (the shipped one quotes the standard in Chinese); the sentence around it is English.
            assertThat(english).startsWith("LPG: Source: ").contains(" → GB/T 2589-2020 audit test; ").endsWith(" monthly reports recalculated");
        } finally {
            mvc.perform(post("/energy/factors/types/LPG").session(admin).with(csrf()).param("source", before));
        }
    }

    @Test
    void aRulesEditNamesTheRuleItChanged() throws Exception {
        MockHttpSession admin = Sessions.signIn(mvc, "admin");
        BigDecimal tolerance = rules.rules().checkTolerance();
        BigDecimal changed = tolerance.add(BigDecimal.ONE);
        try {
            mvc.perform(post("/energy/rules").session(admin).with(csrf()).param("checkTolerance", changed.toPlainString()))
                    .andExpect(status().is3xxRedirection());
            String detail = lastDetail("energy-rule", "1");
            String old = tolerance.stripTrailingZeros().toPlainString();
            String now = changed.stripTrailingZeros().toPlainString();
            assertThat(read(detail, Locale.SIMPLIFIED_CHINESE)).isEqualTo("节能审查、核查与考核规则：实地核查容差（%）：" + old + " → " + now);
            assertThat(read(detail, Locale.ENGLISH)).isEqualTo("Review, check and assessment rules: On-site check tolerance (%): "
                    + old + " → " + now);
        } finally {
            mvc.perform(post("/energy/rules").session(admin).with(csrf()).param("checkTolerance", tolerance.toPlainString()));
        }
    }

    @Test
    void aReviewsStepsAreAuditedFieldByFieldAndTheAuditPageReadsThemInEnglish() throws Exception {
        String body = mvc.perform(post("/api/v1/energy/reviews").contentType(MediaType.APPLICATION_JSON).with(httpBasic("city", DEMO_PASSWORD))
                        .content("""
                                {"projectCode":"2024-339902-44-03-900071","projectName":"Audit test warehouse","regionCode":"339902","annualTce":800,"annualWanKwh":300,"appliedOn":"2024-02-01"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        Integer id = com.jayway.jsonpath.JsonPath.read(body, "$.id");
        String filed = lastDetail(Reviews.AUDIT_TYPE, String.valueOf(id));
        assertThat(read(filed, Locale.SIMPLIFIED_CHINESE)).startsWith("登记节能审查 2024-339902-44-03-900071 Audit test warehouse：")
                .contains("年综合能耗（吨标准煤）：（空） → 800", "审查层级：（空） → 不单独进行节能审查", "不再单独进行节能审查，按节能标准建设");
        assertThat(read(filed, Locale.ENGLISH)).contains("Annual energy use (tce): (blank) → 800", "Review level: (blank) → No separate energy review")
                .satisfies(english -> assertThat(han(english)).as(english).isFalse());

        mvc.perform(post("/api/v1/energy/reviews/" + id + "/opinion").contentType(MediaType.APPLICATION_JSON)
                .content("{\"opinionNumber\":\"AT-2024-1\",\"opinionOn\":\"2024-03-01\"}").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk());
        String opinion = lastDetail(Reviews.AUDIT_TYPE, String.valueOf(id));
        assertThat(read(opinion, Locale.SIMPLIFIED_CHINESE)).isEqualTo("节能审查意见：审查意见文号：（空） → AT-2024-1；"
                + "意见出具日期：（空） → 2024-03-01；意见失效日期：（空） → 2026-03-01");
        String english = "Energy review opinion: Opinion number: (blank) → AT-2024-1; Opinion issued on: (blank) → 2024-03-01; "
                + "Opinion lapses on: (blank) → 2026-03-01";
        assertThat(read(opinion, Locale.ENGLISH)).isEqualTo(english);

        String page = mvc.perform(get("/admin/audit?targetType=energy-review&lang=en").session(Sessions.signIn(mvc, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(english).doesNotContain("§energy", "节能审查意见：");
        String chinesePage = mvc.perform(get("/admin/audit?targetType=energy-review&lang=zh-CN").session(Sessions.signIn(mvc, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(chinesePage).contains("节能审查意见：审查意见文号：（空） → AT-2024-1");
    }
}
