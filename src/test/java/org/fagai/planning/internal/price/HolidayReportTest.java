package org.fagai.planning.internal.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The 2026 Spring Festival report of the demo prices, opened and read against the figures plain SQL gives. */
@FagaiIntegrationTest
class HolidayReportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSpringFestivalReportStatesPorksRiseOnThePreFestivalWeekAsTheDataGiveIt() throws Exception {
        byte[] docx = mvc.perform(get("/api/v1/prices/holiday-report").param("holiday", "春节").param("year", "2026")
                        .with(httpBasic("leader", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        // The festival's days off 2-15…2-23 pooled, against the last weekly collection before daily collection (2-02).
        BigDecimal during = jdbc.sql("""
                        SELECT avg(o.price) FROM price_observation o JOIN price_good g ON g.id = o.good_id
                        WHERE g.code = 'PORK' AND o.observed_on BETWEEN DATE '2026-02-15' AND DATE '2026-02-23'""")
                .query(BigDecimal.class).single();
        BigDecimal before = jdbc.sql("""
                        SELECT avg(o.price) FROM price_observation o JOIN price_good g ON g.id = o.good_id
                        WHERE g.code = 'PORK' AND o.observed_on = DATE '2026-02-02'""").query(BigDecimal.class).single();
        BigDecimal change = during.divide(before, 10, RoundingMode.HALF_UP).subtract(BigDecimal.ONE).movePointRight(2)
                .setScale(1, RoundingMode.HALF_UP);
        assertThat(change).isPositive();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("2026年春节期间市场价格监测报告");
            assertThat(text).contains("春节期间（2月15日至2月23日）", "自2月8日起对重要民生商品价格实行日报监测",
                    "猪肉环比上涨" + change.toPlainString() + "%");
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("商品");
            assertThat(table.getRows().stream().anyMatch(r -> r.getCell(0).getText().equals("猪肉")
                    && r.getCell(4).getText().equals(during.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString())))
                    .isTrue();
        }
    }

    @Test
    void anUnknownHolidayIsANamedRefusal() throws Exception {
        mvc.perform(get("/api/v1/prices/holiday-report").param("holiday", "圣诞节").param("year", "2026")
                        .with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest());
    }
}
