package org.fagai.planning.internal.price;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fagai.planning.internal.Figures;
import org.fagai.planning.internal.OfficialDocument;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
import org.fagai.shared.Years;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The holiday price report (节日期间市场价格监测报告), drafted from data: each good's average over the holiday's days off
 * against the last collection before daily collection began (环比, 节前) and against the same holiday a year earlier (同比).
 */
@Component
class HolidayReport {

    /** One good's figures in the report. */
    record Line(Good good, BigDecimal before, LocalDate beforeDay, BigDecimal during, BigDecimal lastYear, BigDecimal change,
                BigDecimal yearChange, String colour) {
    }

    record Report(HolidayPeriod holiday, LocalDate dailyFrom, String regionName, List<Line> lines, String summary) {
    }

    private final PriceStore store;
    private final PriceMonitoring monitoring;
    private final PriceScope scope;

    HolidayReport(PriceStore store, PriceMonitoring monitoring, PriceScope scope) {
        this.store = store;
        this.monitoring = monitoring;
        this.scope = scope;
    }

    @Transactional(readOnly = true)
    Report report(String holidayName, int year, String regionName) {
        Years.check("year", year);
        CollectionCycle cycle = monitoring.cycle();
        HolidayPeriod holiday = find(cycle, holidayName, year)
                .orElseThrow(() -> FieldErrors.of("holiday", StoredText.of("planning.error.noHoliday", year, holidayName)));
        Optional<HolidayPeriod> previous = find(cycle, holiday.name(), year - 1);
        LocalDate dailyFrom = holiday.dailyFrom(cycle.leadDays());
        String[] regions = scope.regions();
        List<Line> lines = new ArrayList<>();
        for (Good g : monitoring.goods()) {
            List<DailyAverage> during = store.daily(g.id(), holiday.start(), holiday.end(), regions);
            if (during.isEmpty()) {
                continue;
            }
            List<DailyAverage> before = store.daily(g.id(), dailyFrom.minusDays(14), dailyFrom.minusDays(1), regions);
            DailyAverage base = before.isEmpty() ? null : before.get(before.size() - 1);
            BigDecimal duringAverage = pooled(during);
            BigDecimal lastYear = previous.map(p -> store.daily(g.id(), p.start(), p.end(), regions)).filter(l -> !l.isEmpty())
                    .map(HolidayReport::pooled).orElse(null);
            BigDecimal change = base == null ? null : PriceChange.percent(duringAverage, base.average());
            lines.add(new Line(g, base == null ? null : base.shownAverage(), base == null ? null : base.day(),
                    duringAverage.setScale(2, RoundingMode.HALF_UP), lastYear == null ? null : lastYear.setScale(2, RoundingMode.HALF_UP),
                    change, PriceChange.percent(duringAverage, lastYear), monitoring.thresholds(g).colour(change)));
        }
        return new Report(holiday, dailyFrom, regionName, lines, summary(holiday, regionName, lines));
    }

    byte[] draft(Report report) {
        HolidayPeriod h = report.holiday();
        try (OfficialDocument doc = new OfficialDocument(h.label() + "期间市场价格监测报告")) {
            doc.paragraph(report.summary());
            doc.heading("一、监测情况");
            doc.paragraph("按照节假日价格监测工作要求，自" + date(report.dailyFrom()) + "起对重要民生商品价格实行日报监测，节日期间为"
                    + date(h.start()) + "至" + date(h.end()) + "，节前基期为日报监测开始前最后一次周报监测。");
            doc.heading("二、分类价格情况");
            Map<String, List<Line>> byCategory = new LinkedHashMap<>();
            report.lines().forEach(l -> byCategory.computeIfAbsent(l.good().category(), c -> new ArrayList<>()).add(l));
            int n = 0;
            for (Map.Entry<String, List<Line>> e : byCategory.entrySet()) {
                doc.paragraph("（" + "一二三四五六七八九十".charAt(Math.min(n++, 9)) + "）" + e.getKey() + "类。" + categorySentence(e.getValue()));
            }
            doc.heading("三、价格明细");
            doc.table(List.of("商品", "规格等级", "单位", "节前均价", "节日均价", "环比", "同比"), report.lines().stream()
                    .map(l -> List.of(l.good().name(), l.good().spec(), l.good().unit(), Figures.plain(l.before(), 2),
                            Figures.plain(l.during(), 2), Figures.change(l.change()), Figures.change(l.yearChange())))
                    .toList());
            doc.heading("四、下一步工作");
            doc.paragraph("继续做好节后重要民生商品价格监测，密切关注价格波动较大的商品，及时报告异常情况。");
            return doc.bytes();
        }
    }

    static String summary(HolidayPeriod h, String regionName, List<Line> lines) {
        List<Line> moved = lines.stream().filter(l -> l.colour() != null && !"GREEN".equals(l.colour())).toList();
        String head = h.name() + "期间（" + date(h.start()) + "至" + date(h.end()) + "），" + regionName + "重要民生商品价格";
        if (lines.isEmpty()) {
            return head + "暂无监测数据。";
        }
        if (moved.isEmpty()) {
            Line largest = lines.stream().filter(l -> l.change() != null)
                    .max((a, b) -> a.change().abs().compareTo(b.change().abs())).orElse(null);
            return head + "总体平稳" + (largest == null ? "。" : "，其中" + largest.good().name() + "均价" + Figures.plain(largest.during(), 2)
                    + largest.good().unit() + "，环比" + Figures.change(largest.change()) + "，波动相对较大。");
        }
        String items = moved.stream().map(l -> l.good().name() + "环比" + Figures.change(l.change()))
                .reduce((a, b) -> a + "、" + b).orElse("");
        return head + (moved.size() * 5 > lines.size() ? "波动较大" : "总体平稳") + "，其中" + items + "，需重点关注。";
    }

    private static String categorySentence(List<Line> lines) {
        List<String> parts = new ArrayList<>();
        for (Line l : lines) {
            parts.add(l.good().name() + "均价" + Figures.plain(l.during(), 2) + l.good().unit() + "，环比"
                    + Figures.change(l.change()) + (l.yearChange() == null ? "" : "、同比" + Figures.change(l.yearChange())));
        }
        return String.join("；", parts) + "。";
    }

    private static Optional<HolidayPeriod> find(CollectionCycle cycle, String name, int year) {
        return cycle.holidays(year).stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static BigDecimal pooled(List<DailyAverage> days) {
        int points = days.stream().mapToInt(DailyAverage::points).sum();
        BigDecimal total = days.stream().map(DailyAverage::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        return total.divide(BigDecimal.valueOf(points), 6, RoundingMode.HALF_UP);
    }

    private static String date(LocalDate d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
