package org.fagai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fagai.shared.Changes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The audit entry of an edit names each changed field with its old and new value, through the one shared {@link Changes}. */
@FagaiIntegrationTest
class AuditChangedFieldsTest {

    @Autowired
    org.fagai.shared.web.Formats fmt;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String lastDetail(String targetType, String targetId) {
        return fmt.storedChinese(jdbc.sql("SELECT detail FROM audit_log WHERE target_type = ? AND target_id = ? ORDER BY id DESC LIMIT 1")
                .params(targetType, targetId).query(String.class).single());
    }

    @Test
    void changesNameOnlyTheChangedFieldsAndReadYesNoEmptyAndPlainNumbers() {
        Map<String, Object> before = new LinkedHashMap<>(Map.of("金额", new BigDecimal("12.50")));
        before.put("用地", false);
        before.put("来源", null);
        Map<String, Object> after = new LinkedHashMap<>(Map.of("金额", new BigDecimal("12.5")));
        after.put("用地", true);
        after.put("来源", "人民银行");
        assertThat(Changes.describe(before, after)).isEqualTo("用地：否 → 是；来源：（空） → 人民银行");
        assertThat(Changes.describe(after, after)).isEqualTo("未修改字段");
    }

    @Test
    void storedChangesNameTheFieldsByTheirKeysAndReadInTheReadersLanguage() {
        Map<String, Object> before = Changes.snapshot();
        before.put("energy.factors.coefficient", new BigDecimal("0.71430"));
        before.put("energy.factors.source", null);
        before.put("shared.changes.yes", false);
        Map<String, Object> after = Changes.snapshot();
        after.put("energy.factors.coefficient", new BigDecimal("0.72"));
        after.put("energy.factors.source", "GB/T 2589");
        after.put("shared.changes.yes", false);
        String stored = Changes.stored(before, after);
        assertThat(fmt.storedChinese(stored)).isEqualTo("折标准煤系数：0.7143 → 0.72；来源：（空） → GB/T 2589");
        assertThat(fmt.storedChinese(Changes.stored(after, after))).isEqualTo("未修改字段");
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
        try {
            assertThat(fmt.stored(stored)).isEqualTo("Coefficient: 0.7143 → 0.72; Source: (blank) → GB/T 2589");
            assertThat(fmt.stored(Changes.stored(after, after))).isEqualTo("no field changed");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void aFundsChannelRuleChangeNamesTheRuleNotTheRecord() throws Exception {
        String channel = jdbc.sql("SELECT code FROM funds_channel WHERE min_coverage IS NOT NULL ORDER BY code LIMIT 1").query(String.class).single();
        BigDecimal old = jdbc.sql("SELECT min_coverage FROM funds_channel WHERE code = ?").param(channel).query(BigDecimal.class).single();
        try {
            mvc.perform(put("/api/v1/funds/rules/channels/" + channel).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"minCoverage\": " + (old.compareTo(new BigDecimal("1.35")) == 0 ? "1.4" : "1.35") + "}").with(httpBasic("admin", DEMO_PASSWORD))).andExpect(status().isOk());
            assertThat(lastDetail("funds_channel", channel))
                    .matches(".+：本息覆盖倍数下限：" + old.stripTrailingZeros().toPlainString().replace(".", "\\.") + " → 1\\.(35|4)")
                    .doesNotContain("ChannelRules", "true", "false");
        } finally {
            mvc.perform(put("/api/v1/funds/rules/channels/" + channel).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"minCoverage\": " + old.toPlainString() + "}").with(httpBasic("admin", DEMO_PASSWORD)));
        }
    }

    @Test
    void anEvaluationIndicatorsWeightChangeNamesItsOldAndNewWeight() throws Exception {
        Map<String, Object> indicator = jdbc.sql("SELECT code, weight, member_unit_id FROM be_indicator WHERE parent_code IS NOT NULL ORDER BY code LIMIT 1")
                .query().singleRow();
        String code = (String) indicator.get("code");
        BigDecimal weight = (BigDecimal) indicator.get("weight");
        Object unit = indicator.get("member_unit_id");
        String json = "{\"weight\": %s, \"memberUnitId\": %s}";
        try {
            mvc.perform(put("/api/v1/business-environment/indicators/" + code).contentType(MediaType.APPLICATION_JSON)
                    .content(json.formatted(weight.add(BigDecimal.ONE).toPlainString(), unit)).with(httpBasic("city", DEMO_PASSWORD)))
                    .andExpect(status().isOk());
            assertThat(lastDetail("business-environment-indicator", code)).isEqualTo("权重：" + weight.stripTrailingZeros().toPlainString()
                    + " → " + weight.add(BigDecimal.ONE).stripTrailingZeros().toPlainString());
        } finally {
            mvc.perform(put("/api/v1/business-environment/indicators/" + code).contentType(MediaType.APPLICATION_JSON)
                    .content(json.formatted(weight.toPlainString(), unit)).with(httpBasic("city", DEMO_PASSWORD)));
        }
    }
}
