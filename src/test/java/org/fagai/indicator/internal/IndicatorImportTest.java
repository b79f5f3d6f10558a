package org.fagai.indicator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@FagaiIntegrationTest
class IndicatorImportTest {

    private static final List<String> HEADERS = List.of("指标代码", "地区代码", "期间", "累计值", "同比增长（%）");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static byte[] xlsx(List<String> headers, String[]... rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("数据");
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] != null) {
                    sheet.value(r + 1, c, rows[r][c]);
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    private ResultActions upload(String user, byte[] file) throws Exception {
        return mvc.perform(multipart("/api/v1/indicators/values/import")
                .file(new MockMultipartFile("file", "data.xlsx", "application/octet-stream", file))
                .with(httpBasic(user, DEMO_PASSWORD)));
    }

    /** The districts' values of a year: the rows these tests write (the planning demo records the city's 全年 figures). */
    private long stored(int year) {
        return jdbc.sql("SELECT count(*) FROM indicator_value WHERE year = ? AND region_code <> '339900'").param(year)
                .query(Long.class).single();
    }

    @Test
    void aGoodFileIsStoredWholeWithEachPeriodFormAndAudited() throws Exception {
        upload("city", xlsx(HEADERS,
                new String[] {"FAI", "339902", "2025-06", "123.45", "9.8"},
                new String[] {"fai", "339903", "2025年1-2月", "45.6", "12.3"},
                new String[] {"BUDGET_REV", "339902", "2025年1月", "８.５", ""},
                new String[] {"GDP", "339900", "2025Q2", "1300", "6.1"},
                new String[] {"GDP", "339902", "2025年上半年", "380", "6.4"},
                new String[] {"IND_VA", "339900", "2025-03", "", "12.5%"}))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(6));
        assertThat(jdbc.sql("SELECT to_month FROM indicator_value WHERE year = 2025 AND indicator_code = 'GDP' AND region_code = '339900'"
                        + " AND to_month < 12")
                .query(Integer.class).single()).isEqualTo(6);
        assertThat(jdbc.sql("SELECT value FROM indicator_value WHERE year = 2025 AND indicator_code = 'BUDGET_REV' AND to_month = 1")
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("8.5");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'IMPORT' AND target_type = 'indicator-value' AND detail = '§indicator.audit.values.imported|6'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void everyKindOfBadRowIsRefusedNamingRowAndColumnAndNothingIsStored() throws Exception {
        byte[] file = xlsx(HEADERS,
                new String[] {"FAI", "339902", "2026-02", "10", "8"},           // row 2: good
                new String[] {"XYZ", "339902", "2026-02", "10", ""},            // row 3: unknown indicator
                new String[] {"FAI", "33990", "2026-02", "10", ""},             // row 4: malformed region code
                new String[] {"FAI", "339999", "2026-02", "10", ""},            // row 5: region does not exist
                new String[] {"FAI", "339902", "2026年3月", "10", ""},           // row 6: single month, not cumulative
                new String[] {"FAI", "339902", "2026年1月", "10", ""},           // row 7: January alone for a 1-2月 indicator
                new String[] {"GDP", "339902", "2026-05", "10", "5"},           // row 8: quarterly indicator, month 5
                new String[] {"FAI", "339902", "2026Q1", "10", ""},             // row 9: quarter form for a monthly indicator
                new String[] {"FAI", "339902", "2026-03", "-1", ""},            // row 10: negative value
                new String[] {"FAI", "339902", "2026-04", "十", ""},             // row 11: not a number
                new String[] {"FAI", "339902", "2026-05", "", ""},              // row 12: missing value
                new String[] {"IND_VA", "339902", "2026-03", "10", "5"},        // row 13: growth-only indicator given a value
                new String[] {"GDP", "339902", "2026Q1", "300", ""},            // row 14: reported growth missing
                new String[] {"FAI", "339902", "2099-06", "10", ""},            // row 15: period not over yet
                new String[] {"FAI", "339902", "2026-02", "11", "8"},           // row 16: duplicate of row 2
                new String[] {"FAI", "339902", "2026-06", "10", "abc"});        // row 17: growth not a number
        upload("city", file)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.row == 3)].column").value(org.hamcrest.Matchers.hasItem("指标代码")))
                .andExpect(jsonPath("$.errors[?(@.row == 3)].message").value(org.hamcrest.Matchers.hasItem("第3行“指标代码”XYZ不在指标目录中")))
                .andExpect(jsonPath("$.errors[?(@.row == 4)].column").value(org.hamcrest.Matchers.hasItem("地区代码")))
                .andExpect(jsonPath("$.errors[?(@.row == 5)].message").value(org.hamcrest.Matchers.hasItem("第5行“地区代码”339999不存在")))
                .andExpect(jsonPath("$.errors[?(@.row == 6)].column").value(org.hamcrest.Matchers.hasItem("期间")))
                .andExpect(jsonPath("$.errors[?(@.row == 7)].message").value(org.hamcrest.Matchers.hasItem(
                        "第7行固定资产投资的1月数据不单独发布，请按1-2月累计填报，如2026年1-2月")))
                .andExpect(jsonPath("$.errors[?(@.row == 8)].message").value(org.hamcrest.Matchers.hasItem(
                        "第8行地区生产总值按季度发布，“期间”应为季度累计，如2026Q2或2026年上半年")))
                .andExpect(jsonPath("$.errors[?(@.row == 9)].message").value(org.hamcrest.Matchers.hasItem(
                        "第9行固定资产投资按月发布，“期间”应写作2026-03或2026年1-3月")))
                .andExpect(jsonPath("$.errors[?(@.row == 10)].message").value(org.hamcrest.Matchers.hasItem("第10行“累计值”不能为负数")))
                .andExpect(jsonPath("$.errors[?(@.row == 11)].value").value(org.hamcrest.Matchers.hasItem("十")))
                .andExpect(jsonPath("$.errors[?(@.row == 12)].message").value(org.hamcrest.Matchers.hasItem("第12行固定资产投资的“累计值”不能为空")))
                .andExpect(jsonPath("$.errors[?(@.row == 13)].message").value(org.hamcrest.Matchers.hasItem("第13行规模以上工业增加值只发布增速，“累计值”应留空")))
                .andExpect(jsonPath("$.errors[?(@.row == 14)].column").value(org.hamcrest.Matchers.hasItem("同比增长（%）")))
                .andExpect(jsonPath("$.errors[?(@.row == 15)].message").value(org.hamcrest.Matchers.hasItem("第15行期间2099年1-6月尚未结束，不能填报")))
                .andExpect(jsonPath("$.errors[?(@.row == 16)].message").value(org.hamcrest.Matchers.hasItem("第16行与第2行是同一指标、地区和期间，重复填报")))
                .andExpect(jsonPath("$.errors[?(@.row == 17)].column").value(org.hamcrest.Matchers.hasItem("同比增长（%）")))
                .andExpect(jsonPath("$.errors[?(@.row == 2)]").isEmpty());
        assertThat(stored(2026)).isZero();
        assertThat(stored(2099)).isZero();
    }

    @Test
    void aDistrictUserCannotImportAnotherRegionsFiguresAndNothingIsStored() throws Exception {
        upload("district", xlsx(HEADERS,
                new String[] {"RETAIL", "339902", "2026-02", "20", "5"},
                new String[] {"RETAIL", "339903", "2026-02", "20", "5"}))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].message").value("第3行无权填报地区339903的数据"));
        assertThat(jdbc.sql("SELECT count(*) FROM indicator_value WHERE indicator_code = 'RETAIL' AND year = 2026")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aFileWithoutTheRequiredColumnsOrNotAnXlsxIsRefused() throws Exception {
        upload("city", xlsx(List.of("指标代码", "地区代码", "期间"), new String[] {"FAI", "339902", "2026-02"}))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].message").value(org.hamcrest.Matchers.hasItems("缺少列“累计值”", "缺少列“同比增长（%）”")));
        upload("city", "指标代码,地区代码\nFAI,339902".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(".xlsx")));
        assertThat(stored(2026)).isZero();
    }

    @Test
    void theTemplateHasTheImportColumnsInOrder() throws Exception {
        byte[] body = mvc.perform(get("/api/v1/indicators/values/import").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(List.of(rows.get(0).getCellText(0), rows.get(0).getCellText(1), rows.get(0).getCellText(2),
                    rows.get(0).getCellText(3), rows.get(0).getCellText(4))).isEqualTo(HEADERS);
        }
    }
}
