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

/**
 * The Excel files of the module, all through the shared {@link ExcelExport}: lists with their filters, the monthly report; in
 * the reader's language ({@code text} read on the thread writing the rows, the request's language carried over to it).
 */
final class AttractionExports {

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

    static void trips(OutputStream out, List<TripView> trips, MessageText text) {
        List<String> h = text.list("attraction.export.trips.headers");
        List<List<?>> rows = new ArrayList<>();
        trips.forEach(t -> rows.add(Arrays.asList(t.startedOn(), t.endedOn(), t.regionName(), t.principal(), t.leaders(),
                t.destination(), t.delegation(), t.visited(), t.leads())));
        ExcelExport.report(out, text.get("attraction.export.trips.title"), List.of(date(h.get(0)), date(h.get(1)), text(h.get(2)),
                text(h.get(3)), text(h.get(4)), text(h.get(5)), text(h.get(6)), text(h.get(7)), integer(h.get(8)).summed()), rows);
    }

    static void negotiations(OutputStream out, List<NegotiationView> negotiations, MessageText text) {
        List<String> h = text.list("attraction.export.negotiations.headers");
        List<List<?>> rows = new ArrayList<>();
        negotiations.forEach(n -> rows.add(Arrays.asList(n.heldOn(), n.regionName(), n.topic(), n.participants(), n.leads(), n.outcome(),
                n.nextStep())));
        ExcelExport.report(out, text.get("attraction.export.negotiations.title"), List.of(date(h.get(0)), text(h.get(1)),
                text(h.get(2)), text(h.get(3)), text(h.get(4)), text(h.get(5)), text(h.get(6))), rows);
    }

    static void events(OutputStream out, List<EventView> events, MessageText text) {
        List<String> h = text.list("attraction.export.events.headers");
        List<List<?>> rows = new ArrayList<>();
        events.forEach(e -> rows.add(Arrays.asList(e.heldOn(), e.name(), text.get("attraction.level." + e.level().name()), e.major(),
                e.organizer(), e.location(), e.regionName(), e.projects(), e.agreedInvestment())));
        ExcelExport.report(out, text.get("attraction.export.events.title"), List.of(date(h.get(0)), text(h.get(1)), text(h.get(2)),
                text(h.get(3)), text(h.get(4)), text(h.get(5)), text(h.get(6)), integer(h.get(7)).summed(), amount(h.get(8)).summed()),
                rows);
    }

    /**
     * The monthly report: per district the months 1–N (activities, signed projects, 协议投资, progress and rates) beside the
     * month alone, then the region's own total (its rates computed, not summed) and the seed's sentence.
     */
    static void monthlyReport(OutputStream out, String title, Summary summary, Ranking cumulative, Ranking month, MessageText text) {
        List<String> h = text.list("attraction.export.report.headers");
        List<Column> columns = new ArrayList<>(List.of(text(h.get(0)), integer(h.get(1)), integer(h.get(2)), integer(h.get(3)),
                integer(h.get(4)), amount(h.get(5)), integer(h.get(6)), amount(h.get(7)), integer(h.get(8)), integer(h.get(9)),
                integer(h.get(10)), amount(h.get(11))));
        h.subList(12, 17).forEach(p -> columns.add(percent(p)));
        Map<String, Group> monthly = new HashMap<>();
        month.rows().forEach(r -> monthly.put(r.code(), r.funnel()));
        List<List<?>> rows = new ArrayList<>();
        for (Row r : cumulative.rows()) {
            rows.add(line(r.name(), r.trips(), r.negotiations(), r.majorEvents(), r.funnel(), monthly.get(r.code())));
        }
        var f = cumulative.funnel();
        String sum = text.get("shared.total");
        Group total = new Group("", sum, f.leads(), f.signed(), f.rates());
        Group monthTotal = new Group("", "", month.funnel().leads(), month.funnel().signed(), month.funnel().rates());
        rows.add(line(sum, summary.trips(), summary.negotiations(), summary.majorEvents(), total, monthTotal));
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
