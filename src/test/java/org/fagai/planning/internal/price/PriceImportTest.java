package org.fagai.planning.internal.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

/** The price import: all or nothing with every bad row named, and hostile files refused before parsing. */
@FagaiIntegrationTest
class PriceImportTest {

    private static final List<String> HEADERS = List.of("采价日期", "监测点编码", "商品编码", "价格（元）");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private static byte[] workbook(List<List<String>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet sheet = wb.newWorksheet("价格");
        for (int c = 0; c < HEADERS.size(); c++) {
            sheet.value(0, c, HEADERS.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.value(r + 1, c, rows.get(r).get(c));
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    private MockHttpServletResponse post(byte[] file, String user) throws Exception {
        return mvc.perform(multipart("/api/v1/prices/import").file(new MockMultipartFile("file", "价格.xlsx",
                "application/octet-stream", file)).with(httpBasic(user, DEMO_PASSWORD))).andReturn().getResponse();
    }

    private long observations() {
        return jdbc.sql("SELECT count(*) FROM price_observation").query(Long.class).single();
    }

    @Test
    void aFileWithOneBadRowStoresNothingAndNamesEveryBadCell() throws Exception {
        long before = observations();
        MockHttpServletResponse response = post(workbook(List.of(
                List.of("2026-11-23", "DH01", "RICE", "3.15"),
                List.of("2026-13-01", "DH01", "FLOUR", "2.6"),
                List.of("2026-11-23", "NOPE", "EGG", "5.1"),
                List.of("2026-11-23", "DH01", "NOPE", "abc"),
                List.of("2026-11-23", "DH01", "RICE", "3.16"))), "city");
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(422);
        assertThat(body).contains("\"row\":3", "\"column\":\"采价日期\"", "\"row\":4", "\"column\":\"监测点编码\"",
                "\"row\":5", "\"column\":\"商品编码\"", "价格应为数字", "\"row\":6", "同一日期、监测点、商品重复出现");
        assertThat(observations()).isEqualTo(before);
    }

    @Test
    void aGoodFileIsStoredAndTheDailyAveragesFollow() throws Exception {
        MockHttpServletResponse response = post(workbook(List.of(
                List.of("2026-11-24", "DH01", "RICE", "3.20"),
                List.of("2026-11-24", "DH02", "RICE", "3.40"))), "city");
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("\"stored\":2");
        assertThat(jdbc.sql("""
                        SELECT sum(total) / sum(points) FROM price_daily d JOIN price_good g ON g.id = d.good_id
                        WHERE g.code = 'RICE' AND d.observed_on = DATE '2026-11-24'""").query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("3.30");
    }

    @Test
    void aDistrictUserMayImportOnlyForHisOwnPoints() throws Exception {
        MockHttpServletResponse response = post(workbook(List.of(List.of("2026-11-25", "XS01", "RICE", "3.2"))), "district");
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("无权填报该监测点");
    }

    @Test
    void aZipBombIsRefusedWith413QuicklyAndStoresNothing() throws Exception {
        long before = observations();
        long start = System.nanoTime();
        MockHttpServletResponse response = post(HostileFiles.bytes(HostileFiles.zipBomb()), "city");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("疑似压缩炸弹，已拒绝");
        assertThat(observations()).isEqualTo(before);
    }

    @Test
    void anImageOrTextRenamedToXlsxIsRefusedWith422() throws Exception {
        for (byte[] disguised : List.of(HostileFiles.pngRenamed(), HostileFiles.textRenamed())) {
            MockHttpServletResponse response = post(disguised, "city");
            assertThat(response.getStatus()).isEqualTo(422);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("文件内容不是 Excel 2007 及以上格式（.xlsx）");
        }
    }

    @Test
    void aFileOfTwoHundredThousandRowsIsRefusedWith413() throws Exception {
        long before = observations();
        MockHttpServletResponse response = post(HostileFiles.bytes(HostileFiles.manyRows(HEADERS, 200_000)), "city");
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("文件超过 100000 行（含表头），已拒绝");
        assertThat(observations()).isEqualTo(before);
    }

    @Test
    void theImportPageListsTheBombsReasonAndTheTemplateDownloads() throws Exception {
        var session = Sessions.signIn(mvc, "city");
        String page = mvc.perform(multipart("/prices/import").file(new MockMultipartFile("file", "价格.xlsx", "application/octet-stream",
                        HostileFiles.bytes(HostileFiles.zipBomb()))).session(session).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("疑似压缩炸弹，已拒绝");
        mvc.perform(get("/api/v1/prices/import").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk());
        String holidays = mvc.perform(get("/api/v1/prices/holidays").param("year", "2026").with(httpBasic("city", DEMO_PASSWORD)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(PriceApiTest.at(holidays, "$[?(@.name == '春节')].dailyFrom")).containsExactly("2026-02-08");
    }
}
