package org.fagai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fagai.shared.web.ExcelExport.Column;
import org.junit.jupiter.api.Test;

class ExcelExportTest {

    @Test
    void aReportHasATitleAFrozenHeaderTypedCellsAndATotalsRow() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelExport.report(out, "重点项目问题台账", List.of(Column.text("项目名称"), Column.amount("总投资（万元）").summed(),
                Column.percent("完成率"), Column.date("有效期至")), List.of(
                Arrays.asList("=HYPERLINK(\"http://x\")", new BigDecimal("1234.50"), new BigDecimal("45.3"), LocalDate.of(2099, 12, 31)),
                Arrays.asList("+86 东湖", new BigDecimal("1000"), null, LocalDate.of(2024, 3, 1))));
        byte[] xlsx = out.toByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("重点项目问题台账");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("总投资（万元）");
            assertThat(rows.get(2).getCell(0).getType()).as("a formula-looking text stays text").isEqualTo(CellType.STRING);
            assertThat(rows.get(2).getCellText(0)).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(rows.get(3).getCellText(0)).isEqualTo("+86 东湖");
            assertThat(rows.get(2).getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(rows.get(2).getCellText(3)).isEqualTo("长期");
            assertThat(rows.get(3).getCell(3).getType()).as("a date is a date").isEqualTo(CellType.NUMBER);
            assertThat(rows.get(4).getCellText(0)).isEqualTo("合计");
            assertThat(new BigDecimal(rows.get(4).getCellText(1))).isEqualByComparingTo("2234.5");
        }
        String sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("ySplit=\"2\"").contains("<col ").contains("<mergeCell ").doesNotContain("<f>");
        assertThat(entry(xlsx, "xl/styles.xml")).contains("#,##0.00").contains("0.0&quot;%&quot;").contains("yyyy-mm-dd");
    }

    @Test
    void aDataExchangeFileStartsWithItsHeaderAndKeepsTheNationalNoEndDate() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelExport.writeData(out, "行政许可", List.of("XK_XDR_MC", "XK_YXQZI"),
                List.of(Arrays.asList("东湖智能装备有限公司", LocalDate.of(2099, 12, 31))));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("XK_XDR_MC");
            assertThat(rows.get(1).getCell(1).getType()).isEqualTo(CellType.NUMBER);
        }
    }

    private static String entry(byte[] xlsx, String name) throws Exception {
        java.nio.file.Path temp = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(temp, xlsx);
            try (ZipFile zip = new ZipFile(temp.toFile())) {
                ZipEntry entry = zip.getEntry(name);
                return new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(temp);
        }
    }
}
