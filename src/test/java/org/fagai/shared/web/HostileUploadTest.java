package org.fagai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Every import endpoint, API and page, refuses hostile files before parsing them, and stores nothing. */
@FagaiIntegrationTest
class HostileUploadTest {

    private static final List<String> PROJECT_HEADERS = List.of("项目代码", "项目名称", "计划年度", "项目级别", "建设性质", "项目阶段",
            "所属地区代码", "行业代码", "项目单位", "统一社会信用代码", "建设地点", "建设规模及内容", "开工年月", "竣工年月",
            "总投资（万元）", "年度计划投资（万元）");

    /** An import endpoint, who may use it, its headers and the tables it writes. */
    record Endpoint(String path, String user, List<String> headers, String counted) {
    }

    private static final List<Endpoint> API = List.of(
            new Endpoint("/api/v1/projects/import", "city", PROJECT_HEADERS, "project"),
            new Endpoint("/api/v1/projects/progress/import", "city",
                    List.of("项目代码", "报告月份", "本月完成投资（万元）", "形象进度", "存在问题"), "project_progress"),
            new Endpoint("/api/v1/indicators/values/import", "city", List.of("指标代码", "地区代码", "期间", "累计值", "同比增长（%）"),
                    "indicator_value"),
            new Endpoint("/api/v1/credit/blacklist/import", "city",
                    List.of("主体名称", "统一社会信用代码", "名单类型", "列入事由", "认定文书", "有效期自", "有效期至"), "credit_blacklist"),
            new Endpoint("/api/v1/enterprises/import", "city", List.of("统一社会信用代码", "企业名称", "所属地区代码"), "enterprise"),
            new Endpoint("/api/v1/credit/disclosures/import?type=license", "city", List.of(("XK_XDR_MC XK_XDR_LB XK_XDR_SHXYM XK_XDR_GSZC XK_XDR_ZZJG XK_XDR_SWDJ XK_XDR_SYDW XK_XDR_SHZZ XK_FRDB XK_FR_ZJLX "
                    + "XK_FR_ZJHM XK_XDR_ZJLX XK_XDR_ZJHM XK_XKWS XK_WSH XK_XKLB XK_XKZS XK_XKBH XK_NR XK_JDRQ XK_YXQZ XK_YXQZI XK_XKJG "
                    + "XK_XKJGDM XK_ZT XK_LYDW XK_LYDWDM BZ").split(" ")),
                    "credit_licence"),
            new Endpoint("/api/v1/credit/disclosures/import?type=penalty", "city", List.of(("CF_XDR_MC CF_XDR_LB CF_XDR_SHXYM CF_XDR_GSZC CF_XDR_ZZJG CF_XDR_SWDJ CF_XDR_SYDW CF_XDR_SHZZ CF_FRDB CF_FR_ZJLX "
                    + "CF_FR_ZJHM CF_XDR_ZJLX CF_XDR_ZJHM CF_WSH CF_WFXW CF_SY CF_YJ CF_CFLB CF_NR CF_NR_FK CF_NR_WFFF CF_NR_ZKDX CF_JDRQ "
                    + "CF_YXQ CF_CFJG CF_CFJGDM CF_SJLY CF_SJLYDM BZ").split(" ")),
                    "credit_penalty"));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UploadGuard guard;

    private Map<String, Long> counts() {
        return Map.of("project", count("project"), "project_progress", count("project_progress"), "indicator_value",
                count("indicator_value"), "credit_blacklist", count("credit_blacklist"), "approval_document",
                count("approval_document"), "audit_log", count("audit_log"), "enterprise", count("enterprise"),
                "credit_licence", count("credit_licence"), "credit_penalty", count("credit_penalty"));
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private MockHttpServletResponse postApi(Endpoint endpoint, byte[] file, String name) throws Exception {
        return mvc.perform(multipart(endpoint.path()).file(new MockMultipartFile("file", name, "application/octet-stream", file))
                .with(httpBasic(endpoint.user(), DEMO_PASSWORD))).andReturn().getResponse();
    }

    private static void assertProblem(MockHttpServletResponse response, int status, String reason) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"detail\":\"" + reason);
    }

    @Test
    void aZipBombPostedToEveryImportEndpointIsRefusedWith413WithinFiveSecondsAndStoresNothing() throws Exception {
        byte[] bomb = HostileFiles.bytes(HostileFiles.zipBomb());
        Map<String, Long> before = counts();
        for (Endpoint endpoint : API) {
            long start = System.nanoTime();
            MockHttpServletResponse response = postApi(endpoint, bomb, "重点项目.xlsx");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(endpoint.path()).isLessThan(Duration.ofSeconds(5));
            assertProblem(response, 413, "文件压缩比超过 100:1（xl/worksheets/sheet1.xml），疑似压缩炸弹，已拒绝");
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aZipBombPostedToTheImportPagesIsListedAsTheReasonAndStoresNothing() throws Exception {
        byte[] bomb = HostileFiles.bytes(HostileFiles.zipBomb());
        MockMultipartFile file = new MockMultipartFile("file", "数据.xlsx", "application/octet-stream", bomb);
        MockHttpSession city = Sessions.signIn(mvc, "city");
        Map<String, Long> before = counts();
        for (String kind : List.of("projects", "progress")) {
            MvcResult page = mvc.perform(multipart("/projects/import").file(file).param("kind", kind).session(city).with(csrf()))
                    .andReturn();
            assertThat(page.getResponse().getStatus()).isEqualTo(200);
            assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("疑似压缩炸弹，已拒绝");
        }
        MvcResult values = mvc.perform(multipart("/indicators/values/import").file(file).session(city).with(csrf())).andReturn();
        assertThat(values.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("疑似压缩炸弹，已拒绝");
        MvcResult blacklist = mvc.perform(multipart("/credit/blacklist/import").file(file).session(city).with(csrf())).andReturn();
        assertThat(blacklist.getResponse().getRedirectedUrl()).isEqualTo("/credit/blacklist");
        assertThat(blacklist.getFlashMap().get("importErrors")).asString().contains("疑似压缩炸弹，已拒绝");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anImageOrTextRenamedToXlsxIsRefusedWith422ByEveryImport() throws Exception {
        Map<String, Long> before = counts();
        for (Endpoint endpoint : API) {
            for (byte[] disguised : List.of(HostileFiles.pngRenamed(), HostileFiles.textRenamed())) {
                assertProblem(postApi(endpoint, disguised, "数据.xlsx"), 422, "文件内容不是 Excel 2007 及以上格式（.xlsx）");
            }
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aFileOfTwoHundredThousandRowsIsRefusedWith413AndStoresNothing() throws Exception {
        Map<String, Long> before = counts();
        for (Endpoint endpoint : API.subList(1, API.size())) {
            Path file = HostileFiles.manyRows(endpoint.headers(), 200_000);
            // A sheet as wide as the 双公示 standard's (28–30 columns) already expands past the limit before its rows are counted.
            assertProblem(postApi(endpoint, HostileFiles.bytes(file), "数据.xlsx"), 413, endpoint.headers().size() > 20
                    ? "文件解压后超过 100MB（xl/worksheets/sheet1.xml）" : "文件超过 100000 行（含表头），已拒绝");
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aProjectFileOfTwoHundredThousandRowsIsRefusedBeforeParsingByWhatItsSheetExpandsTo() throws Exception {
        Map<String, Long> before = counts();
        Path file = HostileFiles.manyRows(PROJECT_HEADERS, 200_000);
        assertProblem(postApi(API.get(0), HostileFiles.bytes(file), "数据.xlsx"), 413,
                "文件解压后超过 100MB（xl/worksheets/sheet1.xml）");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void oneCellOfFiveMegabytesIsRefusedWith422ByEveryImport() throws Exception {
        Map<String, Long> before = counts();
        for (Endpoint endpoint : API) {
            byte[] file = HostileFiles.bytes(HostileFiles.oneHugeCell(endpoint.headers()));
            assertProblem(postApi(endpoint, file, "数据.xlsx"), 422, "单元格 A2 的内容超过 32767 个字符，已拒绝");
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aWordDocumentBombAttachedToAnApplicationIsRefusedWith413AndNotStored() throws Exception {
        long id = jdbc.sql("""
                        SELECT a.id FROM approval_application a WHERE a.status IN ('RECEIVED', 'ACCEPTED')
                        ORDER BY (SELECT count(*) FROM approval_document d WHERE d.application_id = a.id), a.id LIMIT 1""")
                .query(Long.class).single();
        byte[] bomb = HostileFiles.bytes(HostileFiles.docxBomb());
        Map<String, Long> before = counts();
        MockHttpServletResponse response = mvc.perform(multipart("/api/v1/approvals/" + id + "/documents")
                        .file(new MockMultipartFile("file", "可行性研究报告.docx", "application/octet-stream", bomb))
                        .with(httpBasic("city", DEMO_PASSWORD))).andReturn().getResponse();
        assertProblem(response, 413, "文件压缩比超过 100:1（word/document.xml），疑似压缩炸弹，已拒绝");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anImportFindingEverySlotTakenIsAnswered503WithAChineseReason() throws Exception {
        int slots = guard.limits().concurrentImports();
        CountDownLatch running = new CountDownLatch(slots);
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<Object>> holders = new java.util.ArrayList<>();
        for (int i = 0; i < slots; i++) {
            holders.add(CompletableFuture.supplyAsync(() -> guard.admit(() -> {
                running.countDown();
                try {
                    return release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            })));
        }
        try {
            assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
            MockHttpServletResponse response = postApi(API.get(1), HostileFiles.textRenamed(), "数据.xlsx");
            assertProblem(response, 503, "当前正在进行的导入已达 " + slots + " 个（同时导入上限），请稍后重试");
            assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        } finally {
            release.countDown();
        }
        for (CompletableFuture<Object> holder : holders) {
            holder.get(5, TimeUnit.SECONDS);
        }
    }
}
