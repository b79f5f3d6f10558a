package org.fagai.energy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@FagaiIntegrationTest
class EnergyBriefTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theMonthlyBriefOfTheDemoCityCarriesItsEnergyAndCarbonParagraph() throws Exception {
        byte[] docx = mvc.perform(get("/api/v1/reports/economic-brief").param("region", "339900").param("period", "2023-12")
                        .with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("示范市重点用能单位").contains("纳入总量控制的能耗").contains("二氧化碳排放");
        }
    }
}
