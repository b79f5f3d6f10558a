package org.fagai.attraction.internal;

import static org.fagai.shared.web.ExcelExport.Column.amount;
import static org.fagai.shared.web.ExcelExport.Column.date;
import static org.fagai.shared.web.ExcelExport.Column.integer;
import static org.fagai.shared.web.ExcelExport.Column.percent;
import static org.fagai.shared.web.ExcelExport.Column.text;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fagai.attraction.AttractionFigures.Summary;
import org.fagai.attraction.internal.ActivityList.EventView;
import org.fagai.attraction.internal.ActivityList.NegotiationView;
import org.fagai.attraction.internal.ActivityList.TripView;
import org.fagai.attraction.internal.AttractionStatistics.Group;
import org.fagai.attraction.internal.DistrictRanking.Ranking;
import org.fagai.attraction.internal.DistrictRanking.Row;
import org.fagai.shared.Percent;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.ExcelExport.Column;
import org.fagai.shared.web.MessageText;

/** The Excel files of the module, all through the shared {@link ExcelExport}: lists with their filters, the monthly report. */
final class AttractionExports {

    private static final Map<EventLevel, String> LEVELS = Map.of(EventLevel.NATIONAL, "国家级", EventLevel.PROVINCIAL, "省级",
            EventLevel.CITY, "市级", EventLevel.COUNTY, "区县级");

    private AttractionExports() {
    }

    /** The leads in the reader's language ({@code text} read on the thread writing the rows, the request's locale set on it). */
    static void leads(OutputStream out, List<LeadView> leads, MessageText text) {
        List<Column> columns = List.of(text(h(text, "investor")), text(h(text, "project")), text(h(text, "origin")),
                text(h(text, "chain")), text(h(text, "industry")), text(h(text, "region")), text(h(text, "officer")),
                text(h(text, "stage")), date(h(text, "foundOn")), date(h(text, "signedOn")), text(h(text, "agreement")),
                amount(h(text, "agreed")).summed(), amount(h(text, "agreedUsd")), amount(h(text, "funds")).summed(),
                text(h(text, "company")), text(h(text, "projectCode")), date(h(text, "lastProgress")), text(h(text, "stalled")),
                date(h(text, "droppedOn")));
        String stalled = h(text, "stalled");
        List<List<?>> rows = new ArrayList<>();
        for (LeadView l : leads) {
            rows.add(Arrays.asList(l.investorName(), l.projectName(),
                    l.origin() == null ? null : text.get("attraction.export.origin." + l.origin().name()), l.chainName(),
                    l.industryCode(), l.regionName(), l.officerName(), text.get(l.stage().labelKey()), l.foundOn(), l.signedOn(),
                    l.agreement() == null ? null : text.get("attraction.agreement." + l.agreement().name()), l.agreedInvestment(),
                    l.agreedUsd(), l.fundsInPlace(), l.companyCreditCode(), l.projectCode(), l.lastProgressOn(),
                    l.stalled() ? stalled : "", l.droppedOn()));
        }
        ExcelExport.report(out, text.get("attraction.export.leads.title"), columns, rows);
    }

    private static String h(MessageText text, String column) {
        return text.get("attraction.export.leads." + column);
    }

    static void trips(OutputStream out, List<TripView> trips) {
        List<List<?>> rows = new ArrayList<>();
        trips.forEach(t -> rows.add(Arrays.asList(t.startedOn(), t.endedOn(), t.regionName(), t.principal() ? "是" : "否", t.leaders(),
                t.destination(), t.delegation(), t.visited(), t.leads())));
        ExcelExport.report(out, "外出招商", List.of(date("开始日期"), date("结束日期"), text("地区"), text("党政主要领导带队"), text("带队领导"),
                text("目的地"), text("团组成员"), text("拜访企业和机构"), integer("产生线索（条）").summed()), rows);
    }

    static void negotiations(OutputStream out, List<NegotiationView> negotiations) {
        List<List<?>> rows = new ArrayList<>();
        negotiations.forEach(n -> rows.add(Arrays.asList(n.heldOn(), n.regionName(), n.topic(), n.participants(), n.leads(), n.outcome(),
                n.nextStep())));
        ExcelExport.report(out, "洽谈会", List.of(date("日期"), text("地区"), text("洽谈主题"), text("参加人员"), text("洽谈线索"),
                text("洽谈结果"), text("下一步")), rows);
    }

    static void events(OutputStream out, List<EventView> events) {
        List<List<?>> rows = new ArrayList<>();
        events.forEach(e -> rows.add(Arrays.asList(e.heldOn(), e.name(), LEVELS.get(e.level()), e.major() ? "是" : "否", e.organizer(),
                e.location(), e.regionName(), e.projects(), e.agreedInvestment())));
        ExcelExport.report(out, "签约活动", List.of(date("日期"), text("活动名称"), text("级别"), text("省级以上"), text("主办单位"),
                text("地点"), text("参加地区"), integer("签约项目（个）").summed(), amount("签约金额（万元）").summed()), rows);
    }

    /**
     * The monthly report: per district the months 1–N (activities, signed projects, 协议投资, progress and rates) beside the
     * month alone, then the region's own total (its rates computed, not summed) and the seed's sentence.
     */
    static void monthlyReport(OutputStream out, String title, Summary summary, Ranking cumulative, Ranking month) {
        List<Column> columns = List.of(text("地区"), integer("外出招商（次）"), integer("洽谈会（次）"), integer("省级以上签约活动（次）"),
                integer("签约项目（个）"), amount("协议投资（万元）"), integer("本月签约项目（个）"), amount("本月协议投资（万元）"),
                integer("注册落地（个）"), integer("开工（个）"), integer("投产（个）"), amount("到位资金（万元）"), percent("签约转化率（%）"),
                percent("履约率（%）"), percent("开工率（%）"), percent("投产率（%）"), percent("资金到位率（%）"));
        Map<String, Group> monthly = new HashMap<>();
        month.rows().forEach(r -> monthly.put(r.code(), r.funnel()));
        List<List<?>> rows = new ArrayList<>();
        for (Row r : cumulative.rows()) {
            rows.add(line(r.name(), r.trips(), r.negotiations(), r.majorEvents(), r.funnel(), monthly.get(r.code())));
        }
        var f = cumulative.funnel();
        Group total = new Group("", "合计", f.leads(), f.signed(), f.rates());
        Group monthTotal = new Group("", "", month.funnel().leads(), month.funnel().signed(), month.funnel().rates());
        rows.add(line("合计", summary.trips(), summary.negotiations(), summary.majorEvents(), total, monthTotal));
        rows.add(List.of(summary.sentence()));
        ExcelExport.report(out, title, columns, rows);
    }

    private static List<?> line(String name, long trips, long negotiations, long events, Group g, Group month) {
        var s = g.signed();
        return Arrays.asList(name, trips, negotiations, events, s.projects(), s.agreedInvestment(),
                month == null ? 0L : month.signed().projects(), month == null ? BigDecimal.ZERO : month.signed().agreedInvestment(),
                s.registered(), s.started(), s.producing(), s.fundsInPlace(), pct(g.rates().signingConversion()),
                pct(g.rates().landing()), pct(g.rates().start()), pct(g.rates().production()),
                pct(g.rates().fundsInPlace()));
    }

    /** A rate (fraction) as the percent Excel shows with one decimal. */
    static BigDecimal pct(BigDecimal fraction) {
        return fraction == null ? null : Percent.ofShare(fraction);
    }
}
