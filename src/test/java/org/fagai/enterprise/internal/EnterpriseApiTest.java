package org.fagai.enterprise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fagai.FagaiIntegrationTest;
import org.fagai.organization.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@FagaiIntegrationTest
class EnterpriseApiTest {

    static final String MINE = "91339902MA0000015J";

    @Autowired
    org.fagai.shared.web.Formats fmt;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EnterpriseSearch search;
    @Autowired
    UserDirectory users;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, DEMO_PASSWORD);
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static byte[] xlsx(List<List<Object>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("企业库");
        for (int c = 0; c < EnterpriseImport.HEADERS.size(); c++) {
            sheet.value(0, c, EnterpriseImport.HEADERS.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object v = rows.get(r).get(c);
                if (v instanceof Number n) {
                    sheet.value(r + 1, c, n);
                } else if (v != null) {
                    sheet.value(r + 1, c, v.toString());
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    static byte[] body(org.springframework.test.web.servlet.MvcResult result) {
        return result.getResponse().getContentAsByteArray();
    }

    @Test
    void anInvalidCreditCodeIsRefusedWith400AndTheReason() throws Exception {
        mvc.perform(json(post("/api/v1/enterprises"), """
                        {"creditCode":"91339902MA0000015K","name":"校验失败公司","regionCode":"339902001"}""").with(as("city")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("creditCode"))
                .andExpect(jsonPath("$.errors[0].message").value("统一社会信用代码无效：第18位校验码应为J"));
    }

    @Test
    void aManufacturerWithTwoThousandWanOfRevenueIsAboveScaleAndLivesInItsTown() throws Exception {
        String code = DemoEnterprises.code("339903", 900001);
        mvc.perform(json(post("/api/v1/enterprises"), """
                        {"creditCode":"%s","name":"西山规上测试机械有限公司","regionCode":"339903001","industryCode":"3484",
                         "revenue":2000.00,"revenueYear":2024,"flags":"高新技术企业、石材企业","flagYear":2025}""".formatted(code))
                        .with(as("city")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.regionName").value("西山街道"))
                .andExpect(jsonPath("$.flags.length()").value(3));
        mvc.perform(get("/api/v1/enterprises/" + code).with(as("city")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enterprise.flags[?(@.flag == 'ABOVE_SCALE_INDUSTRY')].year").value(2024))
                .andExpect(jsonPath("$.creditCheck.listed").value(false));
        mvc.perform(get("/api/v1/enterprises/" + code).with(as("district"))).andExpect(status().isNotFound());
    }

    @Test
    void aCorrectionIsAuditedWithEachChangedFieldNamedAndNothingElse() throws Exception {
        String code = DemoEnterprises.code("339903", 900011);
        String body = """
                {"creditCode":"%s","name":"西山审计测试有限公司","regionCode":"339903001","industryCode":"3484",
                 "contactPerson":"%s","revenue":%s,"revenueYear":2024}""";
        mvc.perform(json(post("/api/v1/enterprises"), body.formatted(code, "王芳", "800")).with(as("city")))
                .andExpect(status().isCreated());
        mvc.perform(json(post("/api/v1/enterprises"), body.formatted(code, "李强", "900")).with(as("city")))
                .andExpect(status().isCreated());
        String detail = fmt.storedChinese(jdbc.sql("SELECT detail FROM audit_log WHERE target_type = 'enterprise' AND target_id = ? "
                + "AND action = 'UPDATE' ORDER BY id DESC LIMIT 1").param(code).query(String.class).single());
        assertThat(detail).contains("联系人：王芳 → 李强").contains("营业收入（万元）：800 → 900")
                .doesNotContain("企业名称").doesNotContain("行业");
        List<String> stored = jdbc.sql("SELECT detail FROM audit_log WHERE target_type = 'enterprise' AND target_id = ? ORDER BY id")
                .param(code).query(String.class).list();
        assertThat(fmt.storedChinese(stored.get(0))).startsWith("登记企业：西山审计测试有限公司，地区 339903001，标识 ");
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
        try {
            String registered = fmt.stored(stored.get(0)).replace("西山审计测试有限公司", "NAME");
            String updated = fmt.stored(stored.get(1)).replace("西山审计测试有限公司", "NAME").replace("王芳", "A").replace("李强", "B");
            assertThat(registered).startsWith("Enterprise registered: NAME, region 339903001, flags ");
            assertThat(updated).startsWith("Enterprise updated: NAME: ").contains("Contact person: A → B", "Revenue (10k CNY): 800 → 900");
            assertThat(List.of(registered, updated)).as("only the data is Chinese")
                    .noneMatch(d -> d.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void anImportMergesACodeMetTwiceAndUpdatesAKnownOneWithoutDoublingIt() throws Exception {
        String a = DemoEnterprises.code("339904", 900101);
        String b = DemoEnterprises.code("339904", 900102);
        long before = jdbc.sql("SELECT count(*) FROM enterprise").query(Long.class).single();
        byte[] file = xlsx(List.of(
                List.of(a, "南岭导入甲有限公司", "", "339904001", "5212", "", "", "", "小型", 400, 2024, "", 2025),
                List.of(b, "南岭导入乙有限公司", "", "339904101", "", "", "", "", "", "", "", "重点企业", 2025),
                List.of(a, "南岭导入甲有限公司", "张三", "339904001", "", "", "", "", "", 600, 2024, "专精特新", 2025),
                List.of(MINE, "示范市东湖精密机械有限公司", "", "339902001", "", "", "", "", "", "", "", "重点企业、高新技术企业", "")));
        mvc.perform(multipart("/api/v1/enterprises/import").file(new MockMultipartFile("file", "企业.xlsx",
                        "application/octet-stream", file)).with(as("city")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(4))
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.merged").value(1));
        assertThat(jdbc.sql("SELECT count(*) FROM enterprise").query(Long.class).single()).isEqualTo(before + 2);
        assertThat(jdbc.sql("SELECT legal_representative FROM enterprise WHERE credit_code = ?").param(a).query(String.class).single())
                .isEqualTo("张三");
        assertThat(jdbc.sql("SELECT flag FROM enterprise_flag WHERE credit_code = ? ORDER BY flag").param(a).query(String.class).list())
                .as("retail of 600万元 ≥ 500 is 限上; the flag added by the later row").containsExactly("ABOVE_QUOTA_TRADE", "SPECIALISED");
    }

    @Test
    void anImportWithOneBadRowStoresNothingAndNamesRowAndColumn() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM enterprise").query(Long.class).single();
        byte[] file = xlsx(List.of(
                List.of(DemoEnterprises.code("339905", 900201), "北港好公司", "", "339905001", "", "", "", "", "", "", "", "", ""),
                List.of("91339905MA00020000", "北港坏公司", "", "339999001", "9999", "", "", "", "巨型", "abc", "", "", "")));
        String body = mvc.perform(multipart("/api/v1/enterprises/import").file(new MockMultipartFile("file", "企业.xlsx",
                        "application/octet-stream", file)).with(as("city")))
                .andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"row\":3").contains("主营业务收入（万元）").contains("应为数字");
        assertThat(jdbc.sql("SELECT count(*) FROM enterprise").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theTemplateAndTheExportAreRealWorkbooksWithTheRegistrysColumns() throws Exception {
        byte[] template = body(mvc.perform(get("/api/v1/enterprises/import").with(as("city"))).andReturn());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            Row header = workbook.getFirstSheet().read().get(0);
            assertThat(header.getCellText(0)).isEqualTo("统一社会信用代码");
        }
        byte[] export = body(mvc.perform(get("/api/v1/enterprises/export?flag=STONE").with(as("city"))).andReturn());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(export))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).as("the title row of every export").isNotBlank();
            assertThat(rows.size() - 2).isGreaterThanOrEqualTo(DemoEnterprises.STONE);
            assertThat(rows.get(2).getCellText(13)).contains("石材企业");
        }
    }

    @Test
    void anEnterpriseAccountSeesOnlyItsOwnRecordAndNoOtherModule() throws Exception {
        mvc.perform(get("/api/v1/enterprises").with(as("enterprise")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].creditCode").value(MINE));
        mvc.perform(get("/api/v1/enterprises/" + DemoEnterprises.code("339902", 7)).with(as("enterprise")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects").with(as("enterprise"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/supervision/items").with(as("enterprise"))).andExpect(status().isForbidden());
    }

    @Test
    void theListFiltersByTownFlagAndKeywordWithinTheDistrictUsersScope() throws Exception {
        mvc.perform(get("/api/v1/enterprises?region=339902001&size=500").with(as("district")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].regionCode").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("339902001"))));
        mvc.perform(get("/api/v1/enterprises?region=339903&size=5").with(as("district")))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/enterprises?q=东湖精密").with(as("city")))
                .andExpect(jsonPath("$.items[0].creditCode").value(MINE));
        mvc.perform(get("/api/v1/enterprises?flag=NOPE").with(as("city"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("flag"));
    }

    @Test
    void theGlobalSearchFindsAnEnterpriseByNameOrCreditCodeInScope() throws Exception {
        mvc.perform(get("/api/v1/enterprises?q=" + MINE.toLowerCase()).with(as("city")))
                .andExpect(jsonPath("$.total").value(1));
        var cityUser = new org.fagai.organization.CurrentUser(1, "city", "李科长", org.fagai.organization.Role.STAFF, "339900",
                "示范市", "投资科", null);
        assertThat(search.search("东湖精密", cityUser, 5)).extracting(h -> h.link()).contains("/enterprises/" + MINE);
        var other = new org.fagai.organization.CurrentUser(1, "x", "x", org.fagai.organization.Role.DISTRICT, "339903",
                "西山区", null, null);
        assertThat(search.search(MINE, other, 5)).isEmpty();
    }
}
