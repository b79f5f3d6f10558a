package org.fagai.report.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.data.ChartMultiSeriesRenderData;
import com.deepoove.poi.data.Charts;
import com.deepoove.poi.data.Numberings;
import com.deepoove.poi.data.RowRenderData;
import com.deepoove.poi.data.Rows;
import com.deepoove.poi.data.Tables;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.energy.EnergyAccounts;
import org.fagai.indicator.Comparison;
import org.fagai.indicator.EconomicIndicators;
import org.fagai.indicator.Overview;
import org.fagai.indicator.OverviewLine;
import org.fagai.indicator.Warning;
import org.fagai.report.EconomicBriefs;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.web.Formats;
import org.fagai.shared.web.UploadGuard;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;

/**
 * Fills the brief's Word template (replaceable: {@code fagai.report.economic-brief-template}) with poi-tl: title,
 * period, the official-style sentence, the key projects' share, the energy paragraph (energy's {@link EnergyAccounts}),
 * the indicator table, a bar chart of growth against target, the warnings.
 */
@Service
class PoiTlEconomicBriefs implements EconomicBriefs {

    static final String DEFAULT_TEMPLATE = "classpath:report/economic-brief.docx";

    private final EconomicIndicators indicators;
    private final EnergyAccounts energy;
    private final AuditLog audit;
    private final ResourceLoader resources;
    private final String templateLocation;
    private final Clock clock;
    private final UploadGuard guard;

    PoiTlEconomicBriefs(EconomicIndicators indicators, EnergyAccounts energy, AuditLog audit, ResourceLoader resources, Clock clock,
                        @Value("${fagai.report.economic-brief-template:" + DEFAULT_TEMPLATE + "}") String templateLocation,
                        UploadGuard guard) {
        this.guard = guard;
        this.indicators = indicators;
        this.energy = energy;
        this.audit = audit;
        this.resources = resources;
        this.clock = clock;
        this.templateLocation = templateLocation;
    }

    @Override
    public String fileName(String regionCode, int year, int month) {
        return "经济运行简报（" + indicators.overview(regionCode, year, month).regionName() + " "
                + BriefText.period(year, month) + "）.docx";
    }

    @Override
    public byte[] economicBrief(String regionCode, int year, int month) {
        Overview overview = indicators.overview(regionCode, year, month);
        Map<String, Object> data = new HashMap<>();
        String period = BriefText.period(year, month);
        data.put("title", overview.regionName() + "经济运行简报");
        data.put("period", period);
        data.put("date", "生成日期：" + LocalDate.now(clock.withZone(ChinaTime.ZONE)));
        data.put("lead", period + "，" + overview.regionName() + "主要经济指标完成情况如下：");
        data.put("summary", BriefText.summary(overview.lines()));
        data.put("keyProjects", overview.keyProjects().map(BriefText::keyProjects).orElse(""));
        data.put("energy", energy.briefParagraph(regionCode, year, month).orElse(""));
        data.put("table", table(overview.lines()));
        data.put("growthChart", chart(overview.lines()));
        List<String> warnings = warnings(overview, year, month);
        data.put("warnings", Numberings.ofDecimalParentheses(warnings.isEmpty()
                ? new String[] {"本期无预警指标。"} : warnings.toArray(String[]::new)).create());
        byte[] docx = render(data);
        audit.record(AuditAction.EXPORT, "economic-brief", regionCode + "/" + year + "-" + month,
                StoredText.of("report.audit.brief.generated", overview.regionName(), period));
        return docx;
    }

    private byte[] render(Map<String, Object> data) {
        try (XWPFTemplate doc = XWPFTemplate.compile(new ByteArrayInputStream(template())).render(data);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            OfficialTables.finish(doc.getXWPFDocument());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("简报模板无法读取：" + templateLocation, e);
        }
    }

    /** The administrator's template, held to the same limits as an upload before poi-tl opens it. */
    private byte[] template() throws IOException {
        Resource template = resources.getResource(templateLocation);
        long limit = guard.limits().maxArchiveSize().toBytes();
        byte[] bytes;
        try (InputStream in = template.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
        if (bytes.length > limit || !UploadGuard.looksLikeZip(bytes)
                || !guard.checkOfficeFile(bytes).contains("word/document.xml")) {
            throw new IllegalStateException("简报模板不是有效的 Word 文件（.docx）或超过上传限制：" + templateLocation);
        }
        return bytes;
    }

    private static Object table(List<OverviewLine> lines) {
        List<RowRenderData> rows = new ArrayList<>();
        rows.add(Rows.of("指标", "期间", "累计值", "同比增长", "增速目标", "与目标差距", "完成年度目标", "预警", "区县排名")
                .textBold().bgColor("DDEBF7").center().create());
        for (OverviewLine l : lines) {
            rows.add(Rows.of(l.name(), dash(l.period()),
                    l.value() == null ? "—" : BriefText.amount(l.value(), l.unitKind()),
                    l.growth() == null ? "—" : Formats.percentText(l.growth()) + BriefText.estimatedMark(l),
                    l.target() == null ? "—" : Formats.percentText(l.target()),
                    l.growth() == null || l.target() == null ? "—" : Formats.pointsChinese(l.growth().subtract(l.target())),
                    l.completion() == null ? "—" : Formats.percentText(l.completion()),
                    warningName(l.warning()),
                    l.rank() == null ? "—" : l.rank() + "/" + l.rankOf()).center().create());
        }
        return Tables.create(rows.toArray(RowRenderData[]::new));
    }

    private static ChartMultiSeriesRenderData chart(List<OverviewLine> lines) {
        List<OverviewLine> main = lines.stream().filter(l -> l.inBrief() && l.growth() != null).toList();
        if (main.isEmpty()) {
            main = lines.stream().filter(l -> l.growth() != null).limit(6).toList();
        }
        if (main.isEmpty()) {   // a month nobody has reported yet: the chart says so (poi-tl cannot draw no category)
            return Charts.ofBar("主要指标增速与目标（%）：暂无数据", new String[] {"暂无数据"})
                    .addSeries("同比增长（%）", new Number[] {0}).addSeries("增速目标（%）", new Number[] {0}).create();
        }
        String[] names = main.stream().map(OverviewLine::name).toArray(String[]::new);
        Number[] growth = main.stream().map(l -> (Number) l.growth().doubleValue()).toArray(Number[]::new);
        Number[] target = main.stream().map(l -> (Number) (l.target() == null ? 0d : l.target().doubleValue())).toArray(Number[]::new);
        return Charts.ofBar("主要指标增速与目标（%）", names).addSeries("同比增长（%）", growth)
                .addSeries("增速目标（%）", target).create();
    }

    /** The region's own warnings, then those of each district under it. */
    private List<String> warnings(Overview overview, int year, int month) {
        List<String> result = new ArrayList<>();
        overview.warnings().forEach(l -> result.add(BriefText.warning(overview.regionName(), l)));
        Comparison comparison = indicators.comparison(overview.regionCode(), year, month);
        for (Comparison.Row row : comparison.rows()) {
            for (int i = 0; i < comparison.regions().size(); i++) {
                Comparison.Region region = comparison.regions().get(i);
                OverviewLine cell = row.cells().get(i);
                if (!region.code().equals(overview.regionCode())
                        && (cell.warning() == Warning.YELLOW || cell.warning() == Warning.RED)) {
                    result.add(BriefText.warning(region.name(), cell));
                }
            }
        }
        return result;
    }

    private static String warningName(Warning warning) {
        return switch (warning) {
            case GREEN -> "正常";
            case YELLOW -> "黄色预警";
            case RED -> "红色预警";
            case NONE -> "—";
        };
    }

    private static String dash(String s) {
        return s == null ? "—" : s;
    }
}
