package org.fagai.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.credit.internal.CreditApiTest.as;
import static org.fagai.credit.internal.CreditApiTest.body;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@FagaiIntegrationTest
class DisclosureStandardTest {

    /** The exchanged standard's items, in its order, as the issue and the provincial platforms list them. */
    static final List<String> LICENCE_STANDARD = List.of(("XK_XDR_MC XK_XDR_LB XK_XDR_SHXYM XK_XDR_GSZC XK_XDR_ZZJG "
            + "XK_XDR_SWDJ XK_XDR_SYDW XK_XDR_SHZZ XK_FRDB XK_FR_ZJLX XK_FR_ZJHM XK_XDR_ZJLX XK_XDR_ZJHM XK_XKWS XK_WSH XK_XKLB "
            + "XK_XKZS XK_XKBH XK_NR XK_JDRQ XK_YXQZ XK_YXQZI XK_XKJG XK_XKJGDM XK_ZT XK_LYDW XK_LYDWDM BZ").split(" "));
    static final List<String> PENALTY_STANDARD = List.of(("CF_XDR_MC CF_XDR_LB CF_XDR_SHXYM CF_XDR_GSZC CF_XDR_ZZJG "
            + "CF_XDR_SWDJ CF_XDR_SYDW CF_XDR_SHZZ CF_FRDB CF_FR_ZJLX CF_FR_ZJHM CF_XDR_ZJLX CF_XDR_ZJHM CF_WSH CF_WFXW CF_SY "
            + "CF_YJ CF_CFLB CF_NR CF_NR_FK CF_NR_WFFF CF_NR_ZKDX CF_JDRQ CF_YXQ CF_GSJZQ CF_CFJG CF_CFJGDM CF_SJLY CF_SJLYDM BZ")
            .split(" "));

    static final String INDIVIDUAL = org.fagai.shared.CreditCode.withCheckDigits("92339902MA2K0G07").value();

    @Autowired
    org.fagai.shared.web.Formats fmt;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theExcelExportOfBothTypesHasTheStandardsItemsInTheStandardsOrder() throws Exception {
        assertThat(LICENCE_STANDARD).hasSize(28);
        for (String type : List.of("license", "penalty")) {
            byte[] xlsx = body(mvc.perform(get("/api/v1/credit/disclosures/export?format=xlsx&type=" + type).with(as("city")))
                    .andExpect(status().isOk()).andReturn());
            try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
                List<Row> rows = workbook.getFirstSheet().read();
                List<String> headers = new ArrayList<>();
                rows.get(0).forEach(cell -> headers.add(cell.getText()));
                assertThat(headers).as(type).containsExactlyElementsOf(type.equals("license") ? LICENCE_STANDARD : PENALTY_STANDARD);
                assertThat(rows.size()).as(type).isGreaterThan(1);
                if (type.equals("penalty")) {
                    // The demo's natural person: category, ID type and the full number go to the credit platform.
                    Row person = rows.stream().filter(r -> "张某某".equals(r.getCellText(0))).findFirst().orElseThrow();
                    assertThat(person.getCellText(1)).isEqualTo("自然人");
                    assertThat(person.getCellText(11)).isEqualTo("身份证");
                    assertThat(person.getCellText(12)).isEqualTo("339902198503151234");
                }
            }
        }
    }

    @Test
    void aPenaltyIsCheckedByItsPartysCategory() throws Exception {
        // A natural person: ID type and number required, no unit items.
        refused(penalty(Map.of("partyType", "自然人", "partyCreditCode", "91339922MA2K0F069W", "legalRepresentative", "王某")),
                "partyIdType", "partyIdNumber", "partyCreditCode", "legalRepresentative");
        // A legal person: credit code and legal representative required, no personal document of the party.
        refused(penalty(Map.of("partyType", "法人及非法人组织", "partyIdType", "身份证", "partyIdNumber", "339902198503151234")),
                "partyCreditCode", "legalRepresentative", "partyIdNumber");
        // An individual business: credit code and operator.
        refused(penalty(Map.of("partyType", "个体工商户")), "partyCreditCode", "legalRepresentative");
        // An unknown category; an identity number with a wrong check digit; a document number without its type.
        refused(penalty(Map.of("partyType", "公司")), "partyType");
        refused(penalty(Map.of("partyType", "自然人", "partyIdType", "身份证", "partyIdNumber", "339902198503151235")),
                "partyIdNumber");
        refused(penalty(Map.of("partyType", "法人及非法人组织", "partyCreditCode", "91339922MA2K0F069W",
                "legalRepresentative", "王某", "legalRepIdNumber", "339902198503151234")), "legalRepIdType");
        // 没收 needs its amount, 吊销 the licence it revokes.
        refused(penalty(Map.of("partyType", "个体工商户", "partyCreditCode", INDIVIDUAL, "legalRepresentative", "王某",
                "penaltyType", "没收违法所得;吊销许可证")), "confiscatedWan", "suspendedLicences");

        String ok = penalty(Map.of("partyType", "法人及非法人组织", "partyCreditCode", "91339922MA2K0F069W",
                "legalRepresentative", "王某", "legalRepIdType", "身份证", "legalRepIdNumber", "339902198503151234",
                "partyOrgCode", "MA2K0F069", "remark", "测试备注"));
        mvc.perform(post("/api/v1/credit/penalties").contentType(MediaType.APPLICATION_JSON).content(ok).with(as("city")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.party.type").value("法人及非法人组织"))
                .andExpect(jsonPath("$.party.legalRepIdNumber").value("339902********1234"))
                .andExpect(jsonPath("$.party.orgCode").value("MA2K0F069"))
                .andExpect(jsonPath("$.remark").value("测试备注"));
    }

    @Test
    void anImportChecksEveryRowByCategoryNamingRowItemAndReasonAndStoresNothingUntilAllAreRight() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM credit_penalty").query(Long.class).single();
        String doc = "示发改罚〔导入〕" + System.nanoTime();
        List<String> good = penaltyRow("测试经营部", "个体工商户", INDIVIDUAL, "李某", "", "", doc + "-1号");
        List<String> person = penaltyRow("赵某某", "自然人", "", "", "身份证", "339902198503151234", doc + "-2号");
        List<String> badPerson = penaltyRow("钱某某", "自然人", "91339922MA2K0F069W", "", "", "", doc + "-3号");
        byte[] file = xlsx(DisclosureExport.PENALTY_HEADERS, List.of(good, person, badPerson));
        mvc.perform(multipart("/api/v1/credit/disclosures/import?type=penalty")
                        .file(new MockMultipartFile("file", "处罚.xlsx", "application/octet-stream", file)).with(as("city")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].row").value(hasItems(4)))
                .andExpect(jsonPath("$.errors[*].column").value(hasItems("CF_XDR_SHXYM", "CF_XDR_ZJLX", "CF_XDR_ZJHM")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("自然人")));
        assertThat(jdbc.sql("SELECT count(*) FROM credit_penalty").query(Long.class).single()).isEqualTo(before);

        byte[] fixed = xlsx(DisclosureExport.PENALTY_HEADERS, List.of(good, person));
        mvc.perform(multipart("/api/v1/credit/disclosures/import?type=penalty")
                        .file(new MockMultipartFile("file", "处罚.xlsx", "application/octet-stream", fixed)).with(as("city")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
        long id = jdbc.sql("SELECT id FROM credit_penalty WHERE cf_wsh = ?").param(doc + "-2号").query(Long.class).single();
        assertThat(jdbc.sql("SELECT cf_xdr_lb || '/' || cf_xdr_zjlx || '/' || cf_gsjzq FROM credit_penalty WHERE id = ?")
                .param(id).query(String.class).single()).isEqualTo("自然人/身份证/2027-05-06");
        mvc.perform(post("/api/v1/credit/disclosures/penalty/" + id + "/publish").with(as("city"))).andExpect(status().isOk());
        mvc.perform(get("/public/credit").param("q", "赵某某"))
                .andExpect(content().string(containsString("339902********1234")))
                .andExpect(content().string(not(containsString("339902198503151234"))));
    }

    @Test
    void aLicenceImportOfAnotherSystemsExportIsCheckedTheSameWay() throws Exception {
        String doc = "示市监许〔导入〕" + System.nanoTime();
        List<String> headers = DisclosureExport.LICENCE_HEADERS;
        List<String> noRepresentative = licenceRow(headers, "示范市湖滨食品有限公司", "法人及非法人组织", "91339922MA2K0F069W", "", doc + "-1号");
        byte[] file = xlsx(headers, List.of(noRepresentative));
        mvc.perform(multipart("/api/v1/credit/disclosures/import?type=license")
                        .file(new MockMultipartFile("file", "许可.xlsx", "application/octet-stream", file)).with(as("city")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("XK_FRDB"));
        byte[] fixed = xlsx(headers, List.of(licenceRow(headers, "示范市湖滨食品有限公司", "法人及非法人组织", "91339922MA2K0F069W", "周某", doc + "-1号")));
        mvc.perform(multipart("/api/v1/credit/disclosures/import?type=license")
                        .file(new MockMultipartFile("file", "许可.xlsx", "application/octet-stream", fixed)).with(as("city")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(1));
        assertThat(jdbc.sql("SELECT xk_xkzs || '/' || xk_xkbh || '/' || xk_frdb FROM credit_licence WHERE xk_wsh = ?")
                .param(doc + "-1号").query(String.class).single()).isEqualTo("食品经营许可证/JY13399020001/周某");
    }

    @Test
    void aLicenceAnApprovalGrantedIsFlaggedUntilItsPartyItemsAreCompletedByCategory() throws Exception {
        long id = jdbc.sql("SELECT id FROM credit_licence WHERE application_id IS NOT NULL AND xk_frdb IS NULL ORDER BY id LIMIT 1")
                .query(Long.class).single();
        String code = jdbc.sql("SELECT xk_xdr_shxym FROM credit_licence WHERE id = ?").param(id).query(String.class).single();
        String name = jdbc.sql("SELECT xk_xdr_mc FROM credit_licence WHERE id = ?").param(id).query(String.class).single();
        mvc.perform(get("/api/v1/credit/disclosures?type=license&size=500").with(as("city")))
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].missingPartyItems[0]").value(hasItems("XK_FRDB")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/credit/licences/" + id + "/party")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"partyType":"自然人","partyName":"%s","partyCreditCode":"%s"}""".formatted(name, code))
                        .with(as("city")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("partyCreditCode", "partyIdType", "partyIdNumber")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/credit/licences/" + id + "/party")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"partyType":"法人及非法人组织","partyName":"%s","partyCreditCode":"%s","legalRepresentative":"周某"}"""
                                .formatted(name, code)).with(as("city")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.party.legalRepresentative").value("周某"))
                .andExpect(jsonPath("$.missingPartyItems").isEmpty());
        String audited = fmt.storedChinese(jdbc.sql("SELECT detail FROM audit_log WHERE target_type = 'credit-licence' AND target_id = ? ORDER BY id DESC LIMIT 1")
                .param(String.valueOf(id)).query(String.class).single());
        org.assertj.core.api.Assertions.assertThat(audited).as("the audit entry names the changed items")
                .startsWith("补全行政相对人信息：" + name + "：").endsWith("法定代表人：（空） → 周某");
    }

    private void refused(String json, String... fields) throws Exception {
        mvc.perform(post("/api/v1/credit/penalties").contentType(MediaType.APPLICATION_JSON).content(json).with(as("city")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems(fields)));
    }

    static String penalty(Map<String, String> party) {
        StringBuilder json = new StringBuilder("{\"category\":\"GENERAL\",\"partyName\":\"测试相对人\",");
        party.forEach((k, v) -> json.append('"').append(k).append("\":\"").append(v).append("\","));
        if (!party.containsKey("penaltyType")) {
            json.append("\"penaltyType\":\"罚款\",");
        }
        return json.append("""
                "documentNumber":"示发改罚〔类别〕%s号","violationType":"未按规定报送资料","facts":"逾期未报送",
                 "basis":"《价格违法行为行政处罚规定》","content":"罚款0.2万元","fineWan":0.2,
                 "decisionDate":"2024-05-06","effectiveUntil":"2024-05-06"}""".formatted(System.nanoTime())).toString();
    }

    private static List<String> penaltyRow(String name, String type, String code, String representative, String idType,
                                           String idNumber, String doc) {
        List<String> row = new ArrayList<>();
        for (String h : DisclosureExport.PENALTY_HEADERS) {
            row.add(switch (h) {
                case "CF_XDR_MC" -> name;
                case "CF_XDR_LB" -> type;
                case "CF_XDR_SHXYM" -> code;
                case "CF_FRDB" -> representative;
                case "CF_XDR_ZJLX" -> idType;
                case "CF_XDR_ZJHM" -> idNumber;
                case "CF_WSH" -> doc;
                case "CF_WFXW" -> "不执行政府定价";
                case "CF_SY" -> "多收费用";
                case "CF_YJ" -> "《价格违法行为行政处罚规定》第九条";
                case "CF_CFLB" -> "罚款";
                case "CF_NR" -> "罚款0.3万元";
                case "CF_NR_FK" -> "0.3";
                case "CF_JDRQ" -> "2024/05/06";
                case "CF_YXQ" -> "2099/12/31";
                case "CF_GSJZQ" -> "2030/01/01";
                default -> "";
            });
        }
        return row;
    }

    private static List<String> licenceRow(List<String> headers, String name, String type, String code,
                                           String representative, String doc) {
        List<String> row = new ArrayList<>();
        for (String h : headers) {
            row.add(switch (h) {
                case "XK_XDR_MC" -> name;
                case "XK_XDR_LB" -> type;
                case "XK_XDR_SHXYM" -> code;
                case "XK_FRDB" -> representative;
                case "XK_XKWS" -> "食品经营许可决定书";
                case "XK_WSH" -> doc;
                case "XK_XKLB" -> "普通";
                case "XK_XKZS" -> "食品经营许可证";
                case "XK_XKBH" -> "JY13399020001";
                case "XK_NR" -> "预包装食品销售";
                case "XK_JDRQ" -> "2024/05/06";
                case "XK_YXQZ" -> "2024/05/06";
                case "XK_YXQZI" -> "2029/05/05";
                case "XK_ZT" -> "1";
                default -> "";
            });
        }
        return row;
    }

    static byte[] xlsx(List<String> headers, List<List<String>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("数据");
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
}
