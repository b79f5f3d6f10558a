package org.fagai.project.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fagai.FagaiIntegrationTest;
import org.fagai.shared.web.ExcelTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@FagaiIntegrationTest
class ProjectImportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private static byte[] projectFile(List<List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelTemplate.write(out, "重点项目", ImportColumns.projectTemplate(), rows);
        return out.toByteArray();
    }

    private static byte[] progressFile(List<List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelTemplate.write(out, "月度进度", ImportColumns.progressTemplate(), rows);
        return out.toByteArray();
    }

    private static List<?> row(String code, String name, Object year, String level, String nature, String stage, String region,
                               String industry, String credit, String start, Object total, Object plan) {
        return Arrays.asList(code, name, year, level, nature, stage, region, industry, "测试单位", credit, "测试地点", "测试内容",
                start, "2021-12", total, plan);
    }

    private ResultActions upload(String path, byte[] file, String user) throws Exception {
        return mvc.perform(multipart(path).file(new MockMultipartFile("file", "f.xlsx", "application/octet-stream", file))
                .with(httpBasic(user, DEMO_PASSWORD)));
    }

    private Map<String, Object> counts() {
        return Map.of("projects", jdbc.sql("SELECT count(*) FROM project").query(Long.class).single(),
                "plans", jdbc.sql("SELECT count(*) FROM project_plan").query(Long.class).single(),
                "progress", jdbc.sql("SELECT count(*) FROM project_progress").query(Long.class).single(),
                "checksum", jdbc.sql("SELECT coalesce(sum(total_investment), 0) + count(DISTINCT stage) FROM project")
                        .query(java.math.BigDecimal.class).single());
    }

    @Test
    void aGoodFileCreatesProjectsAndGivesCodelessOnesAProvisionalCode() throws Exception {
        byte[] file = projectFile(List.of(
                row("1905-339904-04-02-800001", "南岭区导入测试项目", 2019, "市级", "新建", "在建", "339904", "3741",
                        "91350100M000100Y43", "2019-05", 8000, 3000),
                row("", "南岭区谋划导入项目", 2019, "区级", "新建", "谋划", "339904", "48", "", "2020-03", "12,000.50", 0)));
        upload("/api/v1/projects/import", file, "city").andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
        assertThat(jdbc.sql("SELECT stage FROM project WHERE code = '1905-339904-04-02-800001'").query(String.class).single())
                .isEqualTo("CONSTRUCTION");
        assertThat(jdbc.sql("SELECT code FROM project WHERE name = '南岭区谋划导入项目'").query(String.class).single()).startsWith("LS");
        assertThat(jdbc.sql("SELECT total_investment FROM project WHERE name = '南岭区谋划导入项目'").query(java.math.BigDecimal.class)
                .single()).isEqualByComparingTo("12000.50");
    }

    @Test
    void newProjectsKeepBackslashesTabsAndLineBreaksAndBlankFieldsAsWritten() throws Exception {
        upload("/api/v1/projects/import", projectFile(List.of(Arrays.asList("", "南岭区\\转义\\N项目", 2024, "区级", "新建", "谋划",
                "339904", "", "测试\t单位", "", "", "第一行\n第二行\t制表\\", "2020-03", "", "1234.5", 10))), "city")
                .andExpect(status().isOk());
        Map<String, Object> stored = jdbc.sql("""
                SELECT owner_unit, industry_code, location, scale_content, start_month, end_month, total_investment, provisional_code
                FROM project WHERE name = ?""").param("南岭区\\转义\\N项目").query().singleRow();
        assertThat(stored.get("owner_unit")).isEqualTo("测试\t单位");
        assertThat(stored.get("scale_content")).isEqualTo("第一行\n第二行\t制表\\");
        assertThat(stored.get("industry_code")).isNull();
        assertThat(stored.get("location")).isNull();
        assertThat(stored.get("start_month").toString()).isEqualTo("2020-03-01");
        assertThat(stored.get("end_month")).isNull();
        assertThat((java.math.BigDecimal) stored.get("total_investment")).isEqualByComparingTo("1234.5");
        assertThat(stored.get("provisional_code")).isEqualTo(true);
    }

    @Test
    void newProjectsAreCreatedTogetherWithTheirPlansEventsAuditAndWarningsInAFewStatements() throws Exception {
        List<List<?>> rows = new ArrayList<>();
        rows.add(row("1905-339904-04-02-800777", "南岭区批量新项目", 2024, "市级", "新建", "在建", "339904", "3741", "", "2020-02",
                9000, 4000));
        rows.add(row("1905-339904-04-02-800777", "南岭区批量新项目", 2025, "市级", "续建", "在建", "339904", "3741", "", "2020-02",
                9000, 3000));   // the same new project's next year: updates it
        for (int i = 0; i < 40; i++) {
            rows.add(row("", "南岭区批量谋划项目" + i, 2024, "区级", "新建", "谋划", "339904", "48", "", "2020-03", 100 + i, 10));
        }
        long auditBefore = jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'CREATE' AND target_type = 'project'")
                .query(Long.class).single();
        var counted = org.fagai.StatementCounter.count(() -> upload("/api/v1/projects/import", projectFile(rows), "city")
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(42)));
        // 41 rows; the bound is per import, not per row (+1 per month-totals rebuild: its region lock, see MonthTotals; the
        // warning refresh reads the approved milestones, the required kinds and the confirmed stops once each, and writes the
        // list entries' colours once)
        assertThat(counted.statements()).as("set-based, not one per row").isLessThan(49);
        long id = jdbc.sql("SELECT id FROM project WHERE code = '1905-339904-04-02-800777'").query(Long.class).single();
        assertThat(jdbc.sql("SELECT year || ':' || nature FROM project_plan WHERE project_id = ? ORDER BY year").param(id)
                .query(String.class).list()).containsExactly("2024:NEW", "2025:CONTINUING");
        assertThat(jdbc.sql("SELECT count(*) FROM project WHERE name LIKE '南岭区批量谋划项目%' AND provisional_code AND code LIKE 'LS%'")
                .query(Long.class).single()).isEqualTo(40);
        assertThat(jdbc.sql("SELECT count(DISTINCT code) FROM project WHERE name LIKE '南岭区批量%'").query(Long.class).single()).isEqualTo(41);
        assertThat(jdbc.sql("SELECT count(*) FROM project_event e JOIN project p ON p.id = e.project_id"
                + " WHERE p.name LIKE '南岭区批量%' AND e.kind = 'CREATE'").query(Long.class).single()).isEqualTo(41);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'CREATE' AND target_type = 'project'")
                .query(Long.class).single()).isEqualTo(auditBefore + 41);
        assertThat(jdbc.sql("SELECT count(DISTINCT w.project_id) FROM project_warning w JOIN project p ON p.id = w.project_id"
                + " WHERE p.name LIKE '南岭区批量%' AND w.month = '2024-12-01'").query(Long.class).single()).isEqualTo(41);
    }

    @Test
    void aFileWithAnyBadRowChangesNothingAndNamesEveryError() throws Exception {
        String existing = jdbc.sql("SELECT code FROM project WHERE stage = 'CONSTRUCTION' AND region_code = '339903' ORDER BY code LIMIT 1")
                .query(String.class).single();
        Map<String, Object> before = counts();
        byte[] file = projectFile(List.of(
                row("1905-339904-04-02-800101", "合格的行", 2019, "市级", "新建", "在建", "339904", "48", "", "2019-05", 800, 300),
                row("1905-33990-04-02-800102", "代码位数不对", 2019, "市级", "新建", "在建", "339904", "48", "", "2019-05", 800, 300),
                row("1905-339904-04-02-800103", "地区不存在", 2019, "市级", "新建", "在建", "999999", "48", "", "2019-05", 800, 300),
                row("1905-339904-04-02-800104", "级别不对", 2019, "乡级", "新建", "在建", "339904", "48", "", "2019-05", 800, 300),
                row("1905-339904-04-02-800105", "金额不是数字", 2019, "市级", "新建", "在建", "339904", "48", "", "2019-05", "八百", 300),
                row("1905-339904-04-02-800106", "计划大于总投资", 2019, "市级", "新建", "在建", "339904", "48", "", "2019-05", 800, 900),
                row("1905-339904-04-02-800107", "信用代码错", 2019, "市级", "新建", "在建", "339904", "48", "91350100M000100Y44", "2019-05", 800, 300),
                row("1905-339904-04-02-800108", "年月格式错", 2019, "市级", "新建", "在建", "339904", "48", "", "2019年5月5日号", 800, 300),
                row("1905-339904-04-02-800109", "行业代码错", 2019, "市级", "续建", "在建", "339904", "ZZ", "", "2019-05", 800, 300),
                row(existing, "阶段回退", 2023, "区级", "续建", "谋划", "339903", "48", "", "2019-05", 800, 300),
                row("1905-339904-04-02-800101", "重复的行", 2019, "市级", "新建", "在建", "339904", "48", "", "2019-05", 800, 300),
                row("1905-339904-04-02-800112", "", 2019, "市级", "改建", "在建", "339904", "48", "", "2019-05", 800, 300)));
        String body = upload("/api/v1/projects/import", file, "city")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("未导入任何数据")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        List<Map<String, Object>> errors = JsonPath.read(body, "$.errors");
        assertThat(errors).extracting(e -> e.get("row") + ":" + e.get("column")).contains(
                "3:项目代码", "4:所属地区代码", "5:项目级别", "6:总投资（万元）", "7:年度计划投资（万元）", "8:统一社会信用代码",
                "9:开工年月", "10:行业代码", "11:项目阶段", "12:项目代码", "13:项目名称", "13:建设性质");
        assertThat(errors).noneMatch(e -> Integer.valueOf(2).equals(e.get("row")));
        assertThat(errors).filteredOn(e -> Integer.valueOf(5).equals(e.get("row"))).first()
                .satisfies(e -> assertThat(e).containsEntry("value", "乡级").containsEntry("message", "项目级别应为 省级/市级/区级 之一"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aStageMovedBackIsARowErrorInEnglishUnderEnglishAndAsBeforeInChinese() throws Exception {
        String existing = jdbc.sql("SELECT code FROM project WHERE stage = 'CONSTRUCTION' AND region_code = '339903' ORDER BY code LIMIT 1")
                .query(String.class).single();
        byte[] file = projectFile(List.of(row(existing, "阶段回退", 2023, "区级", "续建", "谋划", "339903", "48", "", "2019-05", 800, 300)));
        for (String[] language : new String[][] {{"en", "The stage cannot move back: the project is at “Under construction” now"},
                {"zh_CN", "项目阶段不能回退：当前为“在建”"}}) {
            String body = mvc.perform(multipart("/api/v1/projects/import").file(new MockMultipartFile("file", "f.xlsx", "application/octet-stream", file))
                            .param("lang", language[0]).with(httpBasic("city", DEMO_PASSWORD)))
                    .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            List<String> messages = JsonPath.read(body, "$.errors[?(@.column == '" + ImportColumns.STAGE + "')].message");
            assertThat(messages).containsExactly(language[1]);
        }
    }

    @Test
    void theTemplateHasTheHeadersAnInstructionsSheetAndDropDowns() throws Exception {
        byte[] template = mvc.perform(get("/api/v1/projects/import").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            List<Row> rows = workbook.getFirstSheet().read();
            List<String> headers = new ArrayList<>();
            rows.get(0).forEach(c -> headers.add(c.getText()));
            List<String> expected = new ArrayList<>(ImportColumns.PROJECT_REQUIRED);
            expected.add(ImportColumns.INVESTMENT_TYPE);   // optional: files without it still import
            assertThat(headers).containsExactlyElementsOf(expected);
            assertThat(workbook.getSheets().map(s -> s.getName()).toList()).contains("填写说明");
        }
        assertThat(sheetXml(template, "xl/worksheets/sheet1.xml")).contains("<dataValidation");
        mvc.perform(get("/api/v1/projects/progress/import").with(httpBasic("city", DEMO_PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void anExportedListImportsBackUnchanged() throws Exception {
        String query = "/api/v1/projects/export?year=2023&level=DISTRICT&region=339905";
        byte[] first = mvc.perform(get(query).with(httpBasic("city", DEMO_PASSWORD))).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> exported = cells(first);
        String snapshot = snapshot();
        upload("/api/v1/projects/import", first, "city").andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(exported.size() - 2));
        byte[] second = mvc.perform(get(query).with(httpBasic("city", DEMO_PASSWORD))).andReturn().getResponse().getContentAsByteArray();
        assertThat(cells(second)).isEqualTo(exported);
        assertThat(snapshot()).isEqualTo(snapshot);
        assertThat(exported).hasSize(42);
        assertThat(exported.get(0).get(0)).isEqualTo("重点项目清单");
    }

    @Test
    void progressImportsInBulkIntoOpenMonthsAndRefusesBadRowsWhole() throws Exception {
        String code = "1907-339921-04-01-800201";
        upload("/api/v1/projects/import", projectFile(List.of(row(code, "青溪县进度导入测试", 2019, "区级", "新建", "在建", "339921",
                "48", "", "2019-01", 9000, 3600))), "city").andExpect(status().isOk());
        for (String month : new String[] {"2019-01", "2019-02", "2019-03"}) {
            mvc.perform(post("/api/v1/projects/" + code + "/progress/" + month + "/reopen").with(httpBasic("city", DEMO_PASSWORD)))
                    .andExpect(status().isOk());
        }
        Map<String, Object> before = counts();
        upload("/api/v1/projects/progress/import", progressFile(List.of(
                Arrays.asList(code, "2019-01", 100, "开工", ""),
                Arrays.asList("1907-339921-04-01-899999", "2019-01", 100, "", ""),
                Arrays.asList(code, "2019-04", 100, "", ""),
                Arrays.asList(code, "2019-02", -5, "", ""),
                Arrays.asList(code, "2019-01", 100, "", ""),
                Arrays.asList(code, "二〇一九年三月", 100, "", ""))), "city")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].row", org.hamcrest.Matchers.contains(3, 4, 5, 6, 7)));
        assertThat(counts()).isEqualTo(before);
        upload("/api/v1/projects/progress/import", progressFile(List.of(
                Arrays.asList(code, "2019-01", 100, "开工", ""),
                Arrays.asList(code, "2019/2", 250.5, "基础施工", "资金紧张"),
                Arrays.asList(code, "2019-03", 300, "主体施工", ""))), "city")
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(3));
        mvc.perform(get("/api/v1/projects/" + code + "/progress").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(jsonPath("$[2].yearToDate").value(650.50))
                .andExpect(jsonPath("$[2].planPercent").value(18.1))
                .andExpect(jsonPath("$[1].problems").value("资金紧张"));
    }

    @Test
    void theWorkerAndMachineColumnsOfTheProgressImportAreStoredAndBadValuesNamedByRowAndColumn() throws Exception {
        String code = "1907-339921-04-01-800301";
        upload("/api/v1/projects/import", projectFile(List.of(row(code, "青溪县施工人数导入测试", 2019, "区级", "新建", "在建", "339921",
                "48", "", "2019-01", 9000, 3600))), "city").andExpect(status().isOk());
        for (String month : new String[] {"2019-01", "2019-02", "2019-03"}) {
            mvc.perform(post("/api/v1/projects/" + code + "/progress/" + month + "/reopen").with(httpBasic("city", DEMO_PASSWORD)))
                    .andExpect(status().isOk());
        }
        Map<String, Object> before = counts();
        String body = upload("/api/v1/projects/progress/import", progressFile(List.of(
                Arrays.asList(code, "2019-01", 100, "开工", "", "十二", 10, 2),
                Arrays.asList(code, "2019-02", 100, "", "", 80, 75.5, 3),
                Arrays.asList(code, "2019-03", 100, "", "", 80, -1, 200000))), "city")
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        List<Map<String, Object>> errors = JsonPath.read(body, "$.errors");
        assertThat(errors).extracting(e -> e.get("row") + ":" + e.get("column") + ":" + e.get("value")).containsExactlyInAnyOrder(
                "2:计划施工人数:十二", "3:实际施工人数:75.5", "4:实际施工人数:-1", "4:施工机械（台）:200000");
        assertThat(errors).filteredOn(e -> Integer.valueOf(4).equals(e.get("row")) && "实际施工人数".equals(e.get("column")))
                .extracting(e -> e.get("message")).containsExactly("实际施工人数应为0–100000之间的整数");
        assertThat(counts()).isEqualTo(before);

        upload("/api/v1/projects/progress/import", progressFile(List.of(
                Arrays.asList(code, "2019-01", 100, "开工", "", 120, 96, 8),
                Arrays.asList(code, "2019-02", 150, "基础施工", "", "", "", ""),
                Arrays.asList(code, "2019-03", 200, "主体施工", "", "1,200", 0, 15))), "city")
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(3));
        mvc.perform(get("/api/v1/projects/" + code + "/progress").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(jsonPath("$[0].workersPlanned").value(120)).andExpect(jsonPath("$[0].workersOnSite").value(96))
                .andExpect(jsonPath("$[0].machines").value(8))
                .andExpect(jsonPath("$[1].workersPlanned").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$[2].workersPlanned").value(1200)).andExpect(jsonPath("$[2].workersOnSite").value(0));
    }

    @Test
    void theInvestmentTypeColumnSetsTheTypeKeepsItWhenBlankAndNamesABadValue() throws Exception {
        String code = "1905-339904-04-02-800401";
        List<Object> first = new ArrayList<>(row(code, "南岭区投资类型导入", 2019, "市级", "新建", "前期", "339904", "48", "", "2019-05",
                800, 300));
        first.add("政府投资");
        upload("/api/v1/projects/import", projectFile(List.of(first)), "city").andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT investment_type FROM project WHERE code = ?").param(code).query(String.class).single())
                .isEqualTo("GOVERNMENT");
        upload("/api/v1/projects/import", projectFile(List.of(row(code, "南岭区投资类型导入", 2020, "市级", "续建", "前期", "339904", "48",
                "", "2019-05", 800, 300))), "city").andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT investment_type FROM project WHERE code = ?").param(code).query(String.class).single())
                .as("blank keeps the project's own").isEqualTo("GOVERNMENT");
        List<Object> bad = new ArrayList<>(row("", "南岭区投资类型错误", 2019, "市级", "新建", "谋划", "339904", "48", "", "2019-05",
                800, 300));
        bad.add("外商投资");
        upload("/api/v1/projects/import", projectFile(List.of(bad)), "city").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(2)).andExpect(jsonPath("$.errors[0].column").value("投资类型"))
                .andExpect(jsonPath("$.errors[0].value").value("外商投资"))
                .andExpect(jsonPath("$.errors[0].message").value("投资类型应为 政府投资/企业投资 之一"));
    }

    @Test
    void aFileThatIsNotExcelIsRefusedByItsContent() throws Exception {
        upload("/api/v1/projects/import", "项目代码,项目名称\n1,2".getBytes(java.nio.charset.StandardCharsets.UTF_8), "city")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(".xlsx")));
        upload("/api/v1/projects/import", projectFile(List.of()), "leader").andExpect(status().isUnprocessableContent());
    }

    private String snapshot() {
        return String.join("\n", jdbc.sql("""
                SELECT p.code || '|' || p.name || '|' || p.total_investment || '|' || p.stage || '|' || p.fund_self || '|'
                       || coalesce(p.department, '') || '|' || pl.planned_investment || '|' || pl.nature
                FROM project p JOIN project_plan pl ON pl.project_id = p.id
                WHERE pl.year = 2023 AND pl.level = 'DISTRICT' AND p.region_code = '339905' ORDER BY p.code""")
                .query(String.class).list());
    }

    private static List<List<String>> cells(byte[] xlsx) throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> result = new ArrayList<>();
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    values.add(row.getCellText(c));
                }
                result.add(values);
            }
            return result;
        }
    }

    private static String sheetXml(byte[] xlsx, String entry) throws Exception {
        // fastexcel's files need the central directory (ZipFile), not a streaming ZipInputStream.
        java.nio.file.Path file = java.nio.file.Files.createTempFile("template", ".xlsx");
        java.nio.file.Files.write(file, xlsx);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry(entry);
            return e == null ? "" : new String(zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
