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
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@FagaiIntegrationTest
class EnergyCockpitTest {

    @Autowired
    MockMvc mvc;

    private String api(String user, String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, DEMO_PASSWORD))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static String wan(Object tonnes) {
        return new BigDecimal(tonnes.toString()).divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String one(Object value) {
        return new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void theCockpitTileShowsTheCitysEnergyAndIntensityDeclinesWithTheWarningsTheAccountJudged() throws Exception {
        String region = api("leader", "/api/v1/energy/regions/339900?year=2023&month=12");
        String cockpit = api("leader", "/api/v1/cockpit?year=2023&region=339900");
        List<Map<String, Object>> tiles = JsonPath.read(cockpit, "$.tiles[?(@.key=='energy')]");
        assertThat(tiles).hasSize(1);
        Map<String, Object> tile = tiles.get(0);
        assertThat(tile.get("titleKey")).isEqualTo("cockpit.tile.energy");
        assertThat((String) tile.get("link")).startsWith("/energy?region=339900&year=2023");
        List<Map<String, Object>> figures = JsonPath.read(cockpit, "$.tiles[?(@.key=='energy')].figures[*]");
        Map<String, Object> controlled = figures.stream().filter(f -> "energy.cockpit.controlled".equals(f.get("labelKey"))).findFirst().orElseThrow();
        assertThat(controlled.get("value")).isEqualTo(wan(JsonPath.read(region, "$.current.tceControlled")) + "万吨标准煤");
        Map<String, Object> intensity = figures.stream().filter(f -> "energy.cockpit.intensity".equals(f.get("labelKey"))).findFirst().orElseThrow();
        assertThat(intensity.get("value")).isEqualTo(one(JsonPath.read(region, "$.intensity.decline")) + "%");
        String warning = JsonPath.read(region, "$.annualTarget.warning");
        assertThat(intensity.get("tone")).isEqualTo(Map.of("GREEN", "ok", "YELLOW", "warn", "RED", "bad").get(warning));
        assertThat((String) intensity.get("note")).contains("目标3.0%");
        assertThat(figures).anySatisfy(f -> assertThat(f.get("labelKey")).isEqualTo("energy.cockpit.co2Intensity"));
    }

    @Test
    void aYearWithoutReportsHasNoEnergyTile() throws Exception {
        String cockpit = api("leader", "/api/v1/cockpit?year=2008&region=339900");
        List<Object> tiles = JsonPath.read(cockpit, "$.tiles[?(@.key=='energy')]");
        assertThat(tiles).isEmpty();
    }

    @Test
    void theWorkSummaryStatesTheEnergyParagraphInSeedZerosWordsWithItsFigures() throws Exception {
        String region = api("city", "/api/v1/energy/regions/339900?year=2023&month=12");
        String figures = api("city", "/api/v1/reports/annual-summary/figures?year=2023&region=339900");
        List<String> sentences = JsonPath.read(figures, "$.paragraphs[?(@.slot=='ENERGY')].sentence");
        assertThat(sentences).hasSize(1);
        assertThat(sentences.get(0)).startsWith("牢固树立和践行绿色发展理念").contains("稳步推动能耗双控向碳排放双控转变")
                .contains("示范市重点用能单位").contains(wan(JsonPath.read(region, "$.current.tceControlled")) + "万吨标准煤")
                .contains("万元地区生产总值能耗").contains("年度目标下降3.0%").contains("实地能耗摸底核查");
        byte[] docx = mvc.perform(get("/api/v1/reports/annual-summary?year=2023&region=339900").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("是能耗“双控”质效进一步提高。牢固树立和践行绿色发展理念");
        }
    }
}
