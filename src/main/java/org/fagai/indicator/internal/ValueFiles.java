package org.fagai.indicator.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.fagai.indicator.Comparison;
import org.fagai.indicator.EconomicIndicators;
import org.fagai.indicator.EconomicIndicators.ImportRow;
import org.fagai.indicator.Frequency;
import org.fagai.indicator.IndicatorView;
import org.fagai.shared.web.ExcelImport;
import org.fagai.shared.web.ExcelRow;
import org.fagai.shared.web.ExcelTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** The value import: its Excel template and the reading of an uploaded file into rows. */
@Component
class ValueFiles {

    static final String TEMPLATE_FILE = "经济运行数据导入模板.xlsx";

    private final EconomicIndicators indicators;
    private final ExcelImport excel;

    ValueFiles(EconomicIndicators indicators, ExcelImport excel) {
        this.indicators = indicators;
        this.excel = excel;
    }

    /** Reads the upload through the shared import guard and hands its rows to {@code store}. */
    <T> T importFile(MultipartFile file, Function<List<ImportRow>, T> store) {
        return excel.importFile(file, ValueRules.HEADERS, rows -> store.apply(rows(rows)));
    }

    static List<ImportRow> rows(List<ExcelRow> rows) {
        List<ImportRow> result = new ArrayList<>(rows.size());
        for (ExcelRow row : rows) {
            result.add(new ImportRow(row.number(), row.get(ValueRules.CODE), row.get(ValueRules.REGION),
                    row.get(ValueRules.PERIOD), row.get(ValueRules.VALUE), row.get(ValueRules.GROWTH)));
        }
        return result;
    }

    void writeTemplate(OutputStream out) {
        List<IndicatorView> catalogue = indicators.catalogue().stream().filter(IndicatorView::enabled).toList();
        List<Comparison.Region> regions = indicators.selectableRegions();
        StringBuilder codes = new StringBuilder("指标目录中的代码：");
        for (IndicatorView i : catalogue) {
            codes.append(i.code()).append(" ").append(i.name()).append("（").append(i.unit().label()).append("，")
                    .append(i.frequency() == Frequency.QUARTERLY ? "按季" : i.januaryAlone() ? "按月" : "按月，1-2月合并发布")
                    .append(i.growthOnly() ? "，只填增速" : "").append("）；");
        }
        List<ExcelTemplate.Column> columns = List.of(
                new ExcelTemplate.Column(ValueRules.CODE, codes.toString(), catalogue.stream().map(IndicatorView::code).toList()),
                new ExcelTemplate.Column(ValueRules.REGION, "6位行政区划代码：" + String.join("、",
                        regions.stream().map(r -> r.code() + " " + r.name()).toList()),
                        regions.stream().map(Comparison.Region::code).toList()),
                new ExcelTemplate.Column(ValueRules.PERIOD, "1-N月累计：2023-06 或 2023年1-6月；1、2月合并发布的指标写 2023年1-2月；"
                        + "按季发布的指标写 2023Q2 或 2023年上半年（一季度、上半年、前三季度、全年）"),
                new ExcelTemplate.Column(ValueRules.VALUE, "累计值，按指标的计量单位填写，不能为负数；只发布增速的指标留空"),
                new ExcelTemplate.Column(ValueRules.GROWTH, "统计部门发布的同比增长（%），如 7.9；可比价指标必填，其他指标可留空（系统按上年同期计算）"));
        List<List<?>> examples = List.of(List.of("FAI", regions.get(0).code(), "2023年1-6月", 456.78, 25.1),
                List.of("GDP", regions.get(0).code(), "2023年上半年", 1211.5, 7.2));
        ExcelTemplate.write(out, "经济运行数据", columns, examples);
    }
}
