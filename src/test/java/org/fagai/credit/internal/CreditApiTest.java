package org.fagai.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fagai.FagaiIntegrationTest;
import org.fagai.shared.CreditCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@FagaiIntegrationTest
class CreditApiTest {

    @Autowired
    org.fagai.shared.web.Formats fmt;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, DEMO_PASSWORD);
    }

    static byte[] xlsx(List<List<String>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("失信名单");
        List<String> headers = DishonestyList.IMPORT_HEADERS;
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.value(r + 1, c, rows.get(r).get(c));
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    long blacklistCount() {
        return jdbc.sql("SELECT count(*) FROM credit_blacklist").query(Long.class).single();
    }

    @Test
    void aDishonestyListFileWithABadRowImportsNothingAndNamesEachErrorByRow() throws Exception {
        String good = CreditCode.withCheckDigits("91339921MA2K0N01").value();
        long before = blacklistCount();
        byte[] bad = xlsx(List.of(
                List.of("青溪测试建筑有限公司", good, "失信被执行人", "拒不履行", "（2024）示0921执1号", "2024-01-01", ""),
                List.of("错误代码公司", "91339921MA2K0N0199", "失信被执行人", "拒不履行", "（2024）示0921执2号", "2024-01-01", ""),
                List.of("", good, "失信被执行人", "拒不履行", "（2024）示0921执3号", "2024/13/01", "")));
        mvc.perform(multipart("/api/v1/credit/blacklist/import").file(new MockMultipartFile("file", "名单.xlsx",
                        "application/octet-stream", bad)).with(as("city")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.row == 3)].column").value(hasItem("统一社会信用代码")))
                .andExpect(jsonPath("$.errors[?(@.row == 4)].column").value(org.hamcrest.Matchers.hasItems("主体名称", "有效期自")));
        assertThat(blacklistCount()).isEqualTo(before);

        byte[] fine = xlsx(List.of(
                List.of("青溪测试建筑有限公司", good, "失信被执行人", "拒不履行", "（2024）示0921执1号", "2024-01-01", "")));
        mvc.perform(multipart("/api/v1/credit/blacklist/import").file(new MockMultipartFile("file", "名单.xlsx",
                        "application/octet-stream", fine)).with(as("city")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1));
        mvc.perform(get("/api/v1/credit/checks/" + good).with(as("city")))
                .andExpect(jsonPath("$.listed").value(true))
                .andExpect(jsonPath("$.detail").value(containsString("失信被执行人")));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'IMPORT' AND target_type = 'credit-blacklist'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void removalWithAReasonTakesAnEntityOffTheListInForceAndIsAudited() throws Exception {
        String code = CreditCode.withCheckDigits("91339905MA2K0P02").value();
        String body = mvc.perform(post("/api/v1/credit/blacklist").contentType(MediaType.APPLICATION_JSON).content("""
                        {"entityName":"北港测试贸易有限公司","creditCode":"%s","listType":"重大税收违法失信主体",
                         "reason":"偷税","sourceDocument":"示税稽〔2024〕1号","validFrom":"2024-01-01"}""".formatted(code))
                        .with(as("city")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.inForce").value(true))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        int id = JsonPath.read(body, "$.id");
        mvc.perform(post("/api/v1/credit/blacklist/" + id + "/remove").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"\"}").with(as("city")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/credit/blacklist/" + id + "/remove").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"已补缴税款及滞纳金，予以信用修复\"}").with(as("district")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/credit/blacklist/" + id + "/remove").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"已补缴税款及滞纳金，予以信用修复\"}").with(as("city")))
                .andExpect(jsonPath("$.inForce").value(false))
                .andExpect(jsonPath("$.removalReason").value("已补缴税款及滞纳金，予以信用修复"));
        mvc.perform(get("/api/v1/credit/checks/" + code).with(as("city"))).andExpect(jsonPath("$.listed").value(false));
        assertThat(fmt.storedChinese(jdbc.sql("SELECT detail FROM audit_log WHERE target_type = 'credit-blacklist' AND target_id = ? "
                + "AND action = 'UPDATE'").param(String.valueOf(id)).query(String.class).single())).contains("信用修复");
    }

    @Test
    void aPenaltyIsPublicThreeYearsFromItsDecisionWhateverItsOwnValidityAndRequiredItemsAreEnforced() throws Exception {
        mvc.perform(post("/api/v1/credit/penalties").contentType(MediaType.APPLICATION_JSON).content("""
                        {"category":"GENERAL","partyName":"","documentNumber":"","penaltyType":"罚款","decisionDate":"2024-05-06"}""")
                        .with(as("city")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("partyName", "partyType",
                        "documentNumber", "violationType", "facts", "basis", "content", "fineWan", "effectiveUntil")));
        String fire = penalty("FIRE", "2024-05-06", "2024-05-06", "91339922MA2K0F069W", null);
        mvc.perform(post("/api/v1/credit/penalties").contentType(MediaType.APPLICATION_JSON).content(fire).with(as("city")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.publicUntil").value("2027-05-06"))
                .andExpect(jsonPath("$.repairableFrom").value("2025-05-06"))
                // 7 working days after Monday 6 May 2024 (Labour Day's working Saturday 11 May counts).
                .andExpect(jsonPath("$.dueDate").value("2024-05-14"));
        String general = penalty("GENERAL", "2024-05-06", "2024-05-06", "91339922MA2K0F069W", null);
        mvc.perform(post("/api/v1/credit/penalties").contentType(MediaType.APPLICATION_JSON).content(general).with(as("city")))
                .andExpect(jsonPath("$.publicUntil").value("2027-05-06"))
                .andExpect(jsonPath("$.repairableFrom").value("2024-08-06"));
        String several = penalty("GENERAL", "2024-05-06", "2099-12-31", "91339922MA2K0F069W", null)
                .replace("\"category\":\"GENERAL\"", "\"category\":\"GENERAL\",\"additionalCategories\":[\"DRUG\"]");
        mvc.perform(post("/api/v1/credit/penalties").contentType(MediaType.APPLICATION_JSON).content(several).with(as("city")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.additionalCategories[0]").value("DRUG"))
                .andExpect(jsonPath("$.publicUntil").value("2027-05-06"))
                .andExpect(jsonPath("$.repairableFrom").value("2025-05-06"));
    }

    @Test
    void creditRepairEndsPublicationOnlyFromTheDayTheMinimumHasRunAndNamesWhoGrantedIt() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(org.fagai.shared.ChinaTime.ZONE);
        int notYet = create(penalty("FOOD", today.minusYears(1).plusDays(1).toString(), "2099-12-31", "91339905MA2K0D047J", null));
        mvc.perform(post("/api/v1/credit/penalties/" + notYet + "/repair").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"已整改\",\"grantedBy\":\"信用中国（示范市）\"}").with(as("city")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("最短公示期未满")));
        int due = create(penalty("FOOD", today.minusYears(1).toString(), "2099-12-31", "91339905MA2K0D047J", null));
        mvc.perform(post("/api/v1/credit/disclosures/penalty/" + due + "/publish").with(as("city"))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/credit/penalties/" + due + "/repair").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"已整改到位并提交信用承诺\"}").with(as("city")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("grantedBy"));
        mvc.perform(post("/api/v1/credit/penalties/" + due + "/repair").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"已整改到位并提交信用承诺\",\"grantedBy\":\"信用中国（示范市）\"}").with(as("city")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.repairReason").value("已整改到位并提交信用承诺"))
                .andExpect(jsonPath("$.repairGrantedBy").value("信用中国（示范市）"))
                .andExpect(jsonPath("$.publicUntil").value(today.minusDays(1).toString()))
                .andExpect(jsonPath("$.publicNow").value(false));
    }

    int create(String json) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/v1/credit/penalties").contentType(MediaType.APPLICATION_JSON)
                .content(json).with(as("city"))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
    }

    @Test
    void thePublicPageNeedsNoSignInHidesExpiredPenaltiesAndMasksIdentityNumbers() throws Exception {
        // Demo data: 南岭食品's penalty of 2023-08-10 was public until 2026-08-10 (3 years) and has expired; its name still finds its published licences.
        mvc.perform(get("/public/credit").param("q", "南岭食品有限公司"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("示发改罚〔2023〕3号"))))
                .andExpect(content().string(containsString("信用信息公示")));
        mvc.perform(get("/public/credit").param("q", "北港物流有限公司"))
                .andExpect(content().string(containsString("示发改罚〔2024〕7号")));
        mvc.perform(get("/public/credit").param("q", "张某某"))
                .andExpect(content().string(containsString("339902********1234")))
                .andExpect(content().string(not(containsString("339902198503151234"))));
        // Unpublished records do not appear: 西山恒达建材's December 2024 penalty is still pending.
        mvc.perform(get("/public/credit").param("q", "91339903MA2K0K10XN"))
                .andExpect(content().string(not(containsString("示发改罚〔2024〕15号"))));
    }

    @Test
    void theCsvExportHasTheNationalFieldCodesAsHeadersInUtf8WithAByteOrderMark() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/credit/disclosures/export?type=license&from=2023-01-01&to=2024-12-31&format=csv")
                        .with(as("city")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn();
        byte[] csv = body(result);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", DisclosureExport.LICENCE_HEADERS));
        assertThat(lines.length).isGreaterThan(10);
        assertThat(lines[1]).contains("示范市发展和改革委员会", "11339900MB0143001R");

        mvc.perform(post("/api/v1/credit/penalties").contentType(MediaType.APPLICATION_JSON)
                .content(penalty("GENERAL", "2024-02-20", "2024-02-20", null, "339902198503151234")
                        .replace("\"partyName\":\"测试相对人\"", "\"partyName\":\"=HYPERLINK(1)\""))
                .with(as("city"))).andExpect(status().isCreated());
        byte[] penalties = body(mvc.perform(get("/api/v1/credit/disclosures/export?type=penalty&from=2024-02-20&to=2024-02-20&format=csv")
                .with(as("city"))).andReturn());
        String text = new String(penalties, 3, penalties.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith(String.join(",", DisclosureExport.PENALTY_HEADERS) + "\r\n");
        // CF_GSJZQ is the decision date + 3 years, not the penalty's own validity (2024/02/20).
        assertThat(text).contains("'=HYPERLINK(1)", "2024/02/20,2024/02/20,2027/02/20");
    }

    @Test
    void theExcelExportHasTheSameHeaders() throws Exception {
        byte[] xlsx = body(mvc.perform(get("/api/v1/credit/disclosures/export?type=penalty&format=xlsx").with(as("leader")))
                .andExpect(status().isOk()).andReturn());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("CF_XDR_MC");
            assertThat(rows.get(0).getCellText(24)).isEqualTo("CF_GSJZQ");
            assertThat(rows.size()).isGreaterThan(5);
        }
    }

    /** A streamed download is written asynchronously: wait for it, then read what was written. */
    static byte[] body(MvcResult result) {
        result.getAsyncResult(10_000);
        return result.getResponse().getContentAsByteArray();
    }

    static String penalty(String category, String decided, String effectiveUntil, String creditCode, String idNumber) {
        return """
                {"category":"%s","partyName":"测试相对人","partyCreditCode":%s,"partyIdNumber":%s,%s
                 "documentNumber":"示发改罚〔测试〕%s号","violationType":"未按规定报送资料","facts":"逾期未报送",
                 "basis":"《价格违法行为行政处罚规定》","penaltyType":"罚款","content":"罚款0.2万元","fineWan":0.2,
                 "decisionDate":"%s","effectiveUntil":"%s"}""".formatted(category,
                creditCode == null ? "null" : "\"" + creditCode + "\"", idNumber == null ? "null" : "\"" + idNumber + "\"",
                creditCode == null ? "\"partyType\":\"自然人\",\"partyIdType\":\"身份证\","
                        : "\"partyType\":\"法人及非法人组织\",\"legalRepresentative\":\"王某\",",
                System.nanoTime(), decided, effectiveUntil);
    }
}
