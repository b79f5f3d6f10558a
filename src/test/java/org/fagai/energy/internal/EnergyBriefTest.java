package org.fagai.energy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@FagaiIntegrationTest
class EnergyBriefTest {

    @Autowired
    MockMvc mvc;

    private List<String> brief(String period) throws Exception {
        byte[] docx = mvc.perform(get("/api/v1/reports/economic-brief?region=339900&period=" + period).with(httpBasic("leader", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }

    private static String wan(Object tonnes) {
        return new BigDecimal(tonnes.toString()).divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void theMonthlyBriefCarriesTheEnergyParagraphFromTheStoredReportsAndTheTarget() throws Exception {
        String region = mvc.perform(get("/api/v1/energy/regions/339900?year=2023&month=12").with(httpBasic("leader", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String decline = new BigDecimal(JsonPath.read(region, "$.intensity.decline").toString()).setScale(1, RoundingMode.HALF_UP)
                .abs().stripTrailingZeros().toPlainString();
        List<String> text = brief("2023-12");
        assertThat(text).anySatisfy(p -> assertThat(p)
                .startsWith(JsonPath.read(region, "$.periodLabel") + "，示范市重点用能单位")
                .contains("综合能源消费量（当量值）" + wan(JsonPath.read(region, "$.current.tce")) + "万吨标准煤")
                .contains("纳入总量控制的能耗" + wan(JsonPath.read(region, "$.current.tceControlled")) + "万吨标准煤")
                .contains("二氧化碳排放" + wan(JsonPath.read(region, "$.current.co2")) + "万吨")
                .contains("万元地区生产总值能耗同比").contains(decline + "%")
                .contains("年度目标下降3%"));
    }
}
