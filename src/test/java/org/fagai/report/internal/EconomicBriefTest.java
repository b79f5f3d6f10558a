package org.fagai.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@FagaiIntegrationTest
class EconomicBriefTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMonthWithoutFiguresGivesABriefThatSaysSoNotAnError() throws Exception {
        try (XWPFDocument doc = brief("leader", "region=339900&period=2021-12")) {
            assertThat(String.join("\n", paragraphs(doc))).contains("2021年全年");
            assertThat(doc.getTables()).isNotEmpty();
        }
    }

    private XWPFDocument brief(String user, String query) throws Exception {
        byte[] docx = mvc.perform(get("/api/v1/reports/economic-brief?" + query).with(httpBasic(user, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", BriefDownloads.DOCX.toString()))
                .andReturn().getResponse().getContentAsByteArray();
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static List<String> paragraphs(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    @Test
    void theCityBriefFor2023StatesSeedZerosSentenceWordForWord() throws Exception {
        try (XWPFDocument doc = brief("leader", "region=339900&period=2023-12")) {
            List<String> text = paragraphs(doc);
            assertThat(text).contains("示范市经济运行简报", "2023年全年", "2023年全年，示范市主要经济指标完成情况如下：");
            assertThat(text).contains("地区生产总值2578亿元，同比增长7.9%；规模以上工业增加值同比增长28%；"
                    + "固定资产投资完成987亿元，同比增长31%；社会消费品零售总额完成1423亿元，同比增长19.9%；"
                    + "一般公共预算收入累计完成384亿元，同比增长11.2%（测算）。");
        }
    }

    @Test
    void theBriefTabulatesEveryIndicatorWithGrowthTargetAndRank() throws Exception {
        try (XWPFDocument doc = brief("city", "region=339905&period=2023-12")) {
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("指标");
            assertThat(table.getRow(0).getCell(8).getText()).isEqualTo("区县排名");
            assertThat(table.getRows()).hasSize(15);
            var fai = table.getRows().stream().filter(r -> r.getCell(0).getText().equals("固定资产投资")).findFirst().orElseThrow();
            assertThat(fai.getCell(1).getText()).isEqualTo("2023年1-12月");
            assertThat(fai.getCell(3).getText()).isEqualTo("18.0%");
            assertThat(fai.getCell(4).getText()).isEqualTo("25.0%");
            assertThat(fai.getCell(5).getText()).isEqualTo("-7.0个百分点");
            assertThat(fai.getCell(7).getText()).isEqualTo("红色预警");
            assertThat(fai.getCell(8).getText()).isEqualTo("6/6");
        }
    }

    @Test
    void theBriefIsLaidOutAsAGovernmentDocument() throws Exception {
        try (XWPFDocument doc = brief("leader", "region=339900&period=2023-12")) {
            var section = doc.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW().toString()).isEqualTo("11906");
            assertThat(section.getPgSz().getH().toString()).isEqualTo("16838");
            var margins = section.getPgMar();
            assertThat(List.of(margins.getTop().toString(), margins.getBottom().toString(), margins.getLeft().toString(),
                    margins.getRight().toString())).containsExactly("2098", "1985", "1588", "1474");
            var title = doc.getParagraphs().stream().filter(p -> p.getText().equals("示范市经济运行简报")).findFirst().orElseThrow();
            assertThat(title.getStyle()).isEqualTo("FagaiTitle");
            var body = doc.getStyles().getStyle("FagaiBody").getCTStyle();
            assertThat(body.getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("仿宋");
            assertThat(body.getRPr().getSzArray(0).getVal().toString()).isEqualTo("32");
            assertThat(body.getPPr().getSpacing().getLineRule().toString()).isEqualTo("exact");
            assertThat(doc.getParagraphs().stream().filter(p -> p.getText().startsWith("一、")).findFirst().orElseThrow().getStyle())
                    .isEqualTo("FagaiHeading1");
            assertThat(doc.getFooterArray(0)._getHdrFtr().xmlText()).contains("PAGE");
            assertThat(doc.getTables().get(0).getRow(0).isRepeatHeader()).isTrue();
            assertThat(paragraphs(doc)).anySatisfy(p -> assertThat(p).startsWith("图1"));
        }
    }

    @Test
    void theBriefChartsTheMainIndicatorsGrowthAgainstTarget() throws Exception {
        try (XWPFDocument doc = brief("leader", "region=339900&period=2023-12")) {
            assertThat(doc.getCharts()).hasSize(1);
            XWPFChart chart = doc.getCharts().get(0);
            var data = chart.getChartSeries().get(0);
            assertThat(data.getSeriesCount()).isEqualTo(2);
            var categories = data.getSeries(0).getCategoryData();
            assertThat(categories.getPointCount()).isEqualTo(5);
            assertThat(categories.getPointAt(0)).isEqualTo("地区生产总值");
            assertThat(data.getSeries(0).getValuesData().getPointAt(2)).isEqualTo(31.0);
            assertThat(data.getSeries(1).getValuesData().getPointAt(2)).isEqualTo(25.0);
        }
    }

    @Test
    void theBriefListsTheWarningsOfTheCityAndItsDistricts() throws Exception {
        try (XWPFDocument doc = brief("leader", "region=339900&period=2023-12")) {
            List<String> text = paragraphs(doc);
            assertThat(text).contains("北港区固定资产投资（2023年1-12月）同比增长18%，目标25%，低于目标7个百分点（红色预警）");
            assertThat(text).anySatisfy(p -> assertThat(p).startsWith("云岭县一般公共预算收入（2023年1-12月）")
                    .contains("落后序时进度").endsWith("（红色预警）"));
        }
    }

    @Test
    void aMidYearBriefNamesThePeriodInMonths() throws Exception {
        try (XWPFDocument doc = brief("district", "region=339902&period=2023-06")) {
            assertThat(paragraphs(doc)).contains("东湖区经济运行简报", "2023年1-6月");
        }
        mvc.perform(get("/api/v1/reports/economic-brief?region=339900&period=2023-06").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theBriefAndTheOverviewSetTheKeyProjectsCompletedInvestmentBesideFixedAssetInvestment() throws Exception {
        BigDecimal projects = jdbc.queryForObject("""
                SELECT sum(year_to_date) FROM project_warning WHERE month = DATE '2023-12-01' AND region_code LIKE '3399%'""",
                BigDecimal.class);
        assertThat(projects).isPositive();
        BigDecimal share = projects.multiply(BigDecimal.valueOf(100)).divide(new BigDecimal("9870000"), 1, RoundingMode.HALF_UP);
        String yi = projects.movePointLeft(4).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        try (XWPFDocument doc = brief("leader", "region=339900&period=2023-12")) {
            assertThat(paragraphs(doc)).contains("重点项目完成投资" + yi + "亿元，占固定资产投资的"
                    + share.stripTrailingZeros().toPlainString() + "%。");
        }
        mvc.perform(get("/indicators?region=339900&period=2023-12").session(org.fagai.Sessions.signIn(mvc, "leader")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"key-project-share\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("占固定资产投资（987.00亿元）的" + share.setScale(1) + "%")));
    }

    @Test
    void aMonthWhoseProjectWarningsAreNotJudgedLeavesTheKeyProjectSentenceOut() throws Exception {
        try (XWPFDocument doc = brief("leader", "region=339900&period=2022-12")) {
            assertThat(paragraphs(doc)).noneSatisfy(p -> assertThat(p).startsWith("重点项目完成投资"));
        }
    }
}
