package org.fagai.indicator.internal;

import org.fagai.indicator.Unit;
import org.springframework.context.i18n.LocaleContextHolder;
import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.indicator.Comparison;
import org.fagai.indicator.EconomicIndicators;
import org.fagai.indicator.IndicatorView;
import org.fagai.indicator.Overview;
import org.fagai.indicator.OverviewLine;
import org.fagai.indicator.TargetView;
import org.fagai.indicator.ValueQuery;
import org.fagai.indicator.ValueView;
import org.fagai.shared.Period;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.MessageText;
import org.springframework.stereotype.Service;

/** The Excel exports of economic monitoring, with the same filters as their pages; each export is audited. */
@Service
class IndicatorSheets {

    /** A finished workbook and the name it is downloaded under. */
    record Sheet(String fileName, byte[] content) {
    }

    /** The most values one export holds. */
    static final int MAX_VALUES = 10_000;

    private final EconomicIndicators indicators;
    private final MessageText text;
    private final AuditLog audit;

    private final IndicatorNames names;

    IndicatorSheets(EconomicIndicators indicators, MessageText text, AuditLog audit, IndicatorNames names) {
        this.names = names;
        this.indicators = indicators;
        this.text = text;
        this.audit = audit;
    }

    Sheet overview(String region, YearMonth month) {
        Overview o = indicators.overview(region, month.getYear(), month.getMonthValue());
        List<List<?>> rows = names.lines(o.lines()).stream().<List<?>>map(l -> Arrays.asList(l.code(), l.name(),
                period(l.period()), unit(l.unitKind()),
                l.value(), l.growth(), basis(l.growth(), l.growthEstimated()), l.target(), l.gap(), l.absoluteTarget(),
                l.completion(), l.timeProgress(), text.get(l.warning().labelKey()), l.rank())).toList();
        audit.record(AuditAction.EXPORT, "indicator", null, StoredText.of("indicator.audit.overview.export", o.regionName(), o.periodLabel()));
        return xlsx(text.get("indicator.overview.file"), text.get("nav.indicators"), List.of(text.get("indicator.code"),
                text.get("indicator.name"), text.get("indicator.period"), text.get("indicator.unit"), text.get("indicator.value"),
                text.get("indicator.growth"), text.get("indicator.growthBasis"), text.get("indicator.target"),
                text.get("indicator.gap"), text.get("indicator.absoluteTarget"), text.get("indicator.completion"),
                text.get("indicator.timeProgress"), text.get("indicator.warning"), text.get("indicator.rank")), rows);
    }

    /** One indicator's values of a region over the year shown and the one before. */
    Sheet indicator(String code, String region, YearMonth month) {
        List<ValueView> values = indicators.values(code, region, Period.monthly(month.getYear() - 1, 1),
                Period.monthly(month.getYear(), 12));
        audit.record(AuditAction.EXPORT, "indicator", code, StoredText.of("indicator.audit.indicator.export", code, region));
        return values(values);
    }

    Sheet matrix(String parent, YearMonth month) {
        Comparison c = names.comparison(indicators.comparison(parent, month.getYear(), month.getMonthValue()));
        List<String> headers = new ArrayList<>(List.of(text.get("indicator.name"), text.get("indicator.period"),
                text.get("indicator.unit"), text.get("indicator.growthBasis")));
        for (Comparison.Region r : c.regions()) {
            headers.add(r.name() + text.get("indicator.value"));
            headers.add(r.name() + text.get("indicator.growth"));
            headers.add(r.name() + text.get("indicator.warning"));
        }
        List<List<?>> rows = new ArrayList<>();
        for (Comparison.Row row : c.rows()) {
            boolean estimated = row.cells().stream().anyMatch(OverviewLine::growthEstimated);
            boolean any = row.cells().stream().anyMatch(l -> l.growth() != null);
            List<Object> cells = new ArrayList<>(Arrays.asList(row.name(), period(row.period()),
                    row.cells().isEmpty() ? row.unit() : unit(row.cells().get(0).unitKind()),
                    any ? basis(Boolean.TRUE, estimated) : null));
            for (OverviewLine l : row.cells()) {
                cells.add(l.value());
                cells.add(l.growth());
                cells.add(text.get(l.warning().labelKey()));
            }
            rows.add(cells);
        }
        audit.record(AuditAction.EXPORT, "indicator", null, StoredText.of("indicator.audit.comparison.export", c.parentName(), c.periodLabel()));
        return xlsx(text.get("indicator.matrix.file"), text.get("nav.indmatrix"), headers, rows);
    }

    Sheet targets(String region, int year) {
        List<TargetView> list = names.targets(indicators.targets(region, year));
        audit.record(AuditAction.EXPORT, "indicator-target", null, StoredText.of("indicator.audit.targets.export", region, year));
        return xlsx(text.get("indicator.targets.file"), text.get("nav.indtargets"), List.of(text.get("indicator.year"),
                text.get("indicator.region"), text.get("indicator.code"), text.get("indicator.name"),
                text.get("indicator.growthTarget"), text.get("indicator.absoluteTarget"), text.get("indicator.unit")),
                list.stream().<List<?>>map(t -> Arrays.asList(t.year(), t.regionName(), t.indicatorCode(), t.indicatorName(),
                        t.growthTarget(), t.absoluteTarget(), unit(t.unit()))).toList());
    }

    Sheet values(String indicator, String region, Integer year) {
        List<ValueView> values = indicators.values(new ValueQuery(indicator, region, year, 0, MAX_VALUES)).values();
        audit.record(AuditAction.EXPORT, "indicator-value", null, StoredText.of("indicator.audit.values.export", values.size()));
        return values(values);
    }

    Sheet catalogue(CatalogueSort sort, boolean descending) {
        List<IndicatorView> list = sort.sorted(indicators.catalogue(), descending);
        return xlsx(text.get("indicator.catalogue.file"), text.get("nav.indcatalogue"), List.of(text.get("indicator.code"),
                text.get("indicator.name"), text.get("indicator.unit"), text.get("indicator.frequency"),
                text.get("indicator.januaryAlone"), text.get("indicator.growthSource"), text.get("indicator.levelComparable"),
                text.get("indicator.growthOnly"), text.get("indicator.additive"), text.get("common.enabled")),
                list.stream().<List<?>>map(i -> Arrays.asList(i.code(), i.nameIn(LocaleContextHolder.getLocale()), unit(i.unit()),
                        text.get("indicator.frequency." + i.frequency()), i.januaryAlone(),
                        text.get("indicator.growthSource." + i.growthSource()), i.levelComparable(), i.growthOnly(),
                        i.additive(), i.enabled())).toList());
    }

    private Sheet values(List<ValueView> values) {
        List<List<?>> rows = names.values(values).stream().<List<?>>map(v -> Arrays.asList(v.indicatorCode(), v.indicatorName(),
                v.regionCode(), v.regionName(), period(v.periodLabel()), v.value(), unit(v.unit()), v.growth(),
                basis(v.growth(), v.growthEstimated()), v.reportedGrowth(), v.computedGrowth(), v.growthDiffers(),
                v.updatedBy(), v.updatedAt())).toList();
        return xlsx(text.get("indicator.values.file"), text.get("nav.indvalues"), List.of(text.get("indicator.code"),
                text.get("indicator.name"), text.get("indicator.regionCode"), text.get("indicator.region"),
                text.get("indicator.period"), text.get("indicator.value"), text.get("indicator.unit"),
                text.get("indicator.growth"), text.get("indicator.growthBasis"), text.get("indicator.reportedGrowth"),
                text.get("indicator.computedGrowth"), text.get("indicator.growthDiffers"), text.get("indicator.updatedBy"),
                text.get("indicator.updatedAt")), rows);
    }

    private String period(String label) {
        return names.period(label);
    }

    private String unit(Unit unit) {
        return names.unit(unit);
    }

    /** 测算 for a growth the platform computed from levels, 统计发布 for the bureau's; nothing without a growth. */
    private String basis(Object growth, boolean estimated) {
        return growth == null ? null : text.get(estimated ? "indicator.growth.estimated" : "indicator.growth.reported");
    }

    private static Sheet xlsx(String file, String sheet, List<String> headers, List<List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelExport.write(out, sheet, headers, rows);
        return new Sheet(file, out.toByteArray());
    }
}
