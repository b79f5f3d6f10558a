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
import org.fagai.shared.web.MessageText;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** The value import: its Excel template and the reading of an uploaded file into rows. */
@Component
class ValueFiles {


    private final MessageText text;
    private final EconomicIndicators indicators;
    private final ExcelImport excel;

    ValueFiles(EconomicIndicators indicators, ExcelImport excel, MessageText text) {
        this.text = text;
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

    /** The template's download name in the reader's language. */
    String templateFile() {
        return text.get("indicator.template.file");
    }

    void writeTemplate(OutputStream out) {
        List<IndicatorView> catalogue = indicators.catalogue().stream().filter(IndicatorView::enabled).toList();
        List<Comparison.Region> regions = indicators.selectableRegions();
        java.util.Locale reader = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        StringBuilder codes = new StringBuilder();
        for (IndicatorView i : catalogue) {
            codes.append(text.get("indicator.template.catalogueItem", i.code(), i.nameIn(reader), i.unit().label(),
                    text.get("indicator.unit." + i.unit().name()), text.get(i.frequency() == Frequency.QUARTERLY ? "indicator.template.quarterly"
                            : i.januaryAlone() ? "indicator.template.monthly" : "indicator.template.monthlyJanuaryFebruary"),
                    i.growthOnly() ? text.get("indicator.template.growthOnly") : ""));
        }
        List<ExcelTemplate.Column> columns = List.of(
                new ExcelTemplate.Column(ValueRules.CODE, text.get("indicator.template.code", codes.toString()),
                        catalogue.stream().map(IndicatorView::code).toList()),
                new ExcelTemplate.Column(ValueRules.REGION, text.get("indicator.template.region", String.join(text.get("shared.listSeparator"),
                        regions.stream().map(r -> r.code() + " " + r.name()).toList())),
                        regions.stream().map(Comparison.Region::code).toList()),
                new ExcelTemplate.Column(ValueRules.PERIOD, text.get("indicator.template.period")),
                new ExcelTemplate.Column(ValueRules.VALUE, text.get("indicator.template.value")),
                new ExcelTemplate.Column(ValueRules.GROWTH, text.get("indicator.template.growth")));
        List<List<?>> examples = List.of(List.of("FAI", regions.get(0).code(), "2023年1-6月", 456.78, 25.1),
                List.of("GDP", regions.get(0).code(), "2023年上半年", 1211.5, 7.2));
        ExcelTemplate.write(out, text.get("indicator.template.sheet"), columns, examples);
    }
}
