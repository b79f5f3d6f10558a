package org.fagai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExcelImportTest {

    private static byte[] template(List<List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelTemplate.write(out, "数据", List.of(
                new ExcelTemplate.Column("项目代码", "24位代码"),
                new ExcelTemplate.Column("项目级别", "下拉选择", List.of("省级", "市级", "区级")),
                new ExcelTemplate.Column("总投资（万元）", "数字")), rows);
        return out.toByteArray();
    }

    @Test
    void readsRowsByHeaderTextWhateverTheBrackets() throws IOException {
        byte[] file = template(List.of(List.of("2023-330100-48-01-000001", "市级", new BigDecimal("1234.50")),
                List.of("2023-330100-48-01-000002", "区级", 500)));
        List<ExcelRow> rows = ExcelImport.read(new ByteArrayInputStream(file), List.of("项目代码", "总投资(万元)", "项目级别"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).number()).isEqualTo(2);
        assertThat(rows.get(0).get("总投资（万元）")).isEqualTo("1234.5");
        assertThat(rows.get(1).get("项目级别")).isEqualTo("区级");
        assertThat(rows.get(1).get("总投资(万元)")).isEqualTo("500");
    }

    @Test
    void aMissingColumnIsNamed() {
        byte[] file = template(List.of());
        assertThatThrownBy(() -> ExcelImport.read(new ByteArrayInputStream(file), List.of("项目代码", "报告月份")))
                .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.errors())
                        .containsExactly(new ImportError(1, "报告月份", null, "缺少列“报告月份”")));
    }

    @Test
    void aFileThatIsNotXlsxIsRefusedByItsContent() {
        byte[] csv = "项目代码,项目名称\n1,2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ExcelImport.read(new ByteArrayInputStream(csv), List.of("项目代码")))
                .isInstanceOf(ImportRejected.class).hasMessageContaining("未导入任何数据")
                .satisfies(e -> assertThat(((ImportRejected) e).errors().get(0).message()).contains(".xlsx"));
    }

    @Test
    void blankRowsAreSkipped() throws IOException {
        byte[] file = template(java.util.Arrays.asList(List.of("A", "市级", 1), java.util.Arrays.asList(null, null, null),
                List.of("B", "省级", 2)));
        assertThat(ExcelImport.read(new ByteArrayInputStream(file), List.of("项目代码")))
                .extracting(r -> r.get("项目代码")).containsExactly("A", "B");
    }
}
