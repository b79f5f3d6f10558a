package org.fagai.energy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.fagai.shared.web.HostileFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The monthly reports' .xlsx import: real files, all rows or none with errors by row, hostile files refused before parsing. */
@FagaiIntegrationTest
class EnergyImportTest {

    private static final List<String> HEADERS = List.of(ReportImport.CODE, ReportImport.MONTH, ReportImport.TYPE, ReportImport.AMOUNT,
            ReportImport.RAW, ReportImport.NON_FOSSIL, ReportImport.OUTPUT);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private static byte[] xlsx(Object[]... rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "Fagai", "1.0");
        Worksheet ws = wb.newWorksheet("能耗月报");
        for (int c = 0; c < HEADERS.size(); c++) {
            ws.value(0, c, HEADERS.get(c));
        }
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof Number n) {
                    ws.value(r + 1, c, n);
                } else if (v != null) {
                    ws.value(r + 1, c, v.toString());
                }
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    private MockHttpServletResponse post(byte[] file) throws Exception {
        return mvc.perform(multipart("/api/v1/energy/reports/import").file(new MockMultipartFile("file", "能耗.xlsx", "application/octet-stream", file))
                .with(httpBasic("admin", DEMO_PASSWORD))).andReturn().getResponse();
    }

    private long reports(String code) {
        return jdbc.sql("SELECT count(*) FROM energy_report WHERE credit_code = ?").param(code).query(Long.class).single();
    }

    @Test
    void aGoodFileStoresOneReportPerEnterpriseMonthWithItsConvertedFigures() throws Exception {
        EnergyFixtures fx = new EnergyFixtures(mvc);
        String code = fx.enterprise("130102", 301, "导入测试焦化有限公司", 2024);
        MockHttpServletResponse response = post(xlsx(
                new Object[] {code, "2024-01", "原煤", 1000, 200, null, 5600},
                new Object[] {code, "2024-01", "电力", 500, null, 50, 5600},
                new Object[] {code, "2024-02", "RAW_COAL", 900, null, null, 5000}));
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(reports(code)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT tce FROM energy_report WHERE credit_code = ? AND month = 1").param(code).query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("1328.8");
    }

    @Test
    void aFileWithOneBadRowStoresNothingAndNamesEveryBadCellInChinese() throws Exception {
        EnergyFixtures fx = new EnergyFixtures(mvc);
        String code = fx.enterprise("130102", 302, "导入测试水泥有限公司", 2024);
        MockHttpServletResponse response = post(xlsx(
                new Object[] {code, "2024-01", "原煤", 1000, null, null, null},
                new Object[] {code, "2024-01", "煤气", 5, null, null, null},
                new Object[] {code, "2024-02", "柴油", -3, null, null, null},
                new Object[] {"91130102MA0000000X", "2024-02", "柴油", 3, null, null, null}));
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(422);
        assertThat(body).contains("\"row\":3").contains("能源品种应为 原煤、焦炭、").contains("\"row\":4").contains("\"row\":5");
        assertThat(reports(code)).isZero();
        String english = mvc.perform(multipart("/api/v1/energy/reports/import").file(new MockMultipartFile("file", "energy.xlsx",
                        "application/octet-stream", xlsx(new Object[] {code, "2024-01", "煤气", 5, null, null, null})))
                .param("lang", "en").with(httpBasic("admin", DEMO_PASSWORD))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("The energy type must be one of 原煤, 焦炭, ");
    }

    @Test
    void aZipBombARenamedFileAndTooManyRowsAreRefusedBeforeParsingAndStoreNothing() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM energy_report").query(Long.class).single();
        assertThat(post(HostileFiles.bytes(HostileFiles.zipBomb())).getStatus()).isEqualTo(413);
        assertThat(post(HostileFiles.pngRenamed()).getStatus()).isEqualTo(422);
        assertThat(post(HostileFiles.textRenamed()).getStatus()).isEqualTo(422);
        assertThat(post(HostileFiles.bytes(HostileFiles.manyRows(HEADERS, 200_000))).getStatus()).isEqualTo(413);
        assertThat(post(HostileFiles.bytes(HostileFiles.oneHugeCell(HEADERS))).getStatus()).isIn(413, 422);
        assertThat(jdbc.sql("SELECT count(*) FROM energy_report").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theImportPageListsTheRefusalOfAZipBombWithoutStoringAnything() throws Exception {
        MvcResult result = mvc.perform(multipart("/energy/reports/import")
                        .file(new MockMultipartFile("file", "能耗.xlsx", "application/octet-stream", HostileFiles.bytes(HostileFiles.zipBomb())))
                        .session(Sessions.signIn(mvc, "city")).with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/energy/reports");
        assertThat(result.getFlashMap().get("importErrors")).asString().contains("压缩炸弹");
    }
}
