package org.fagai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.fagai.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Entries of planning's and energy's figures name each changed field with its old and new value (through the shared
 * {@code Changes}): a plan indicator's actual, a district's livelihood values, a point's collected prices, a year's
 * energy target and a corrected energy report.
 */
@FagaiIntegrationTest
class AuditNamedFieldsTest {

    @Autowired
    org.fagai.shared.web.Formats fmt;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    /** The last entry's detail as a Chinese reader reads it. */
    private String lastDetail(String targetType, String targetId) {
        return fmt.storedChinese(storedDetail(targetType, targetId));
    }

    private String storedDetail(String targetType, String targetId) {
        return jdbc.sql("SELECT detail FROM audit_log WHERE target_type = ? AND target_id = ? ORDER BY id DESC LIMIT 1")
                .params(targetType, targetId).query(String.class).single();
    }

    private void send(MockHttpServletRequestBuilder request, String json) throws Exception {
        mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json).with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().is2xxSuccessful());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    @Test
    void aPlanIndicatorsActualNamesTheValueItChanged() throws Exception {
        Map<String, Object> indicator = jdbc.sql("""
                SELECT p.id AS plan, i.code, p.to_year AS year FROM planning_plan_indicator i JOIN planning_plan p ON p.id = i.plan_id
                 WHERE i.source_indicator IS NULL ORDER BY i.id LIMIT 1""").query().singleRow();
        String path = "/api/v1/plans/" + indicator.get("plan") + "/actuals";
        String body = "{\"code\":\"%s\",\"year\":%s,\"value\":%s}";
        send(post(path), body.formatted(indicator.get("code"), indicator.get("year"), "12.5"));
        send(post(path), body.formatted(indicator.get("code"), indicator.get("year"), "13"));
        assertThat(lastDetail("planning_plan", String.valueOf(indicator.get("plan")))).endsWith("：实际值：12.5 → 13");
    }

    @Test
    void aDistrictsLivelihoodValuesNameEachIndicatorChanged() throws Exception {
        Map<String, Object> round = jdbc.sql("SELECT id, year, half FROM livelihood_round ORDER BY year DESC, half DESC LIMIT 1")
                .query().singleRow();
        Map<String, Object> indicator = jdbc.sql("SELECT id, code, name, unit FROM livelihood_indicator ORDER BY id LIMIT 1")
                .query().singleRow();
        BigDecimal old = jdbc.sql("SELECT value FROM livelihood_value WHERE round_id = ? AND indicator_id = ? AND region_code = '339902'")
                .params(round.get("id"), indicator.get("id")).query(BigDecimal.class).optional().orElse(null);
        String body = "{\"year\":%s,\"half\":%s,\"regionCode\":\"339902\",\"values\":[{\"code\":\"%s\",\"value\":%s}]}";
        BigDecimal changed = old == null ? new BigDecimal("7.5") : old.add(BigDecimal.ONE);
        try {
            send(post("/api/v1/livelihood/values"), body.formatted(round.get("year"), round.get("half"), indicator.get("code"), changed));
            assertThat(lastDetail("livelihood", round.get("id") + ":339902")).endsWith("：" + indicator.get("name") + "（"
                    + indicator.get("unit") + "）：" + (old == null ? "（空）" : plain(old)) + " → " + plain(changed));
        } finally {
            if (old != null) {
                send(post("/api/v1/livelihood/values"), body.formatted(round.get("year"), round.get("half"), indicator.get("code"), old));
            }
        }
    }

    @Test
    void aPointsCollectedPricesNameEachGoodWhosePriceChanged() throws Exception {
        Map<String, Object> point = jdbc.sql("SELECT id, code FROM price_point WHERE enabled ORDER BY id LIMIT 1").query().singleRow();
        Map<String, Object> good = jdbc.sql("SELECT id, name, unit FROM price_good WHERE enabled ORDER BY id LIMIT 1").query().singleRow();
        LocalDate day = LocalDate.now(ChinaTime.ZONE).minusYears(9).withDayOfMonth(3);
        String body = "{\"pointId\":%s,\"date\":\"%s\",\"prices\":[{\"goodId\":%s,\"price\":%s}]}";
        send(post("/api/v1/prices/observations"), body.formatted(point.get("id"), day, good.get("id"), "3.2"));
        send(post("/api/v1/prices/observations"), body.formatted(point.get("id"), day, good.get("id"), "3.35"));
        assertThat(lastDetail("price_observation", point.get("code") + ":" + day))
                .endsWith("：" + good.get("name") + "（" + good.get("unit") + "）：3.2 → 3.35");
    }

    @Test
    void anEnergyTargetNamesTheFiguresItChanged() throws Exception {
        String body = "{\"subjectType\":\"REGION\",\"subjectCode\":\"339905\",\"year\":2038,\"intensityDecline\":%s,\"totalCap\":%s}";
        send(put("/api/v1/energy/targets"), body.formatted("3", "20000"));
        send(put("/api/v1/energy/targets"), body.formatted("3.5", "20000"));
        String detail = storedDetail("energy-target", "REGION/339905/2038");
        assertThat(fmt.storedChinese(detail)).isEqualTo("2038年能耗目标：能耗强度下降（%）：3 → 3.5");
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
        try {
            assertThat(fmt.stored(detail)).isEqualTo("Energy target 2038: Energy intensity decline (%): 3 → 3.5");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }
}
