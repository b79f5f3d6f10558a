package org.fagai.planning.internal.price;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.planning.PriceWarning;
import org.fagai.planning.PriceWarnings;
import org.fagai.planning.internal.PlanningAccess;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.StoredText;
import org.fagai.shared.Years;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading price monitoring: a good's series with 环比/同比, the day's warnings, one day's prices by point, 猪粮比. */
@Service
class PriceMonitoring implements PriceWarnings {

    private static final int MAX_SERIES_DAYS = 6 * 366;

    private final PriceStore store;
    private final PriceScope scope;
    private final PlanningAccess access;
    private final PriceSettings settings;
    private final WorkingCalendar calendar;
    private final Clock clock;

    PriceMonitoring(PriceStore store, PriceScope scope, PlanningAccess access, PriceSettings settings, WorkingCalendar calendar,
                    Clock clock) {
        this.store = store;
        this.scope = scope;
        this.access = access;
        this.settings = settings;
        this.calendar = calendar;
        this.clock = clock;
    }

    CollectionCycle cycle() {
        return new CollectionCycle(calendar.current(), settings.weeklyDay(), settings.holidayLeadDays());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The latest day with prices up to today, or today. */
    LocalDate latestDay() {
        return store.latestDay(today()).orElse(today());
    }

    List<Good> goods() {
        access.reader();
        return store.goods();
    }

    /** The monitoring points in the user's scope. */
    List<Point> points() {
        String[] regions = scope.regions();
        return store.points().stream().filter(p -> scope.covers(regions, p.regionCode())).toList();
    }

    Good good(int id) {
        access.reader();
        return store.good(id).orElseThrow(() -> new NotFoundException(StoredText.of("planning.error.goodNotFound", id)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PriceWarning> warnings(LocalDate day) {
        checkDay("day", day);
        String[] regions = scope.regions();
        Map<Integer, Good> goods = store.goods().stream().collect(Collectors.toMap(Good::id, Function.identity()));
        List<PriceWarning> warnings = new ArrayList<>();
        int window = settings.yearOnYearWindowDays();
        Map<Integer, TreeMap<LocalDate, DailyAverage>> yearAgo = store.window(YearAgo.from(day, window), YearAgo.to(day, window), regions);
        for (PriceStore.DayRow row : store.day(day, regions)) {
            Good g = goods.get(row.goodId());
            BigDecimal mom = row.previous() == null ? null : PriceChange.percent(row.today().average(), row.previous().average());
            Map.Entry<LocalDate, DailyAverage> lastYear = YearAgo.nearest(yearAgo.getOrDefault(g.id(), new TreeMap<>()), day, window);
            BigDecimal yoy = lastYear == null ? null : PriceChange.percent(row.today().average(), lastYear.getValue().average());
            warnings.add(new PriceWarning(g.id(), g.code(), g.name(), g.category(), g.unit(), day, row.today().shownAverage(),
                    row.previous() == null ? null : row.previous().day(), mom, yoy, thresholds(g).colour(mom)));
        }
        warnings.sort(Comparator.comparing((PriceWarning w) -> goods.get(w.goodId()).seq()).thenComparing(PriceWarning::goodId));
        return warnings;
    }

    @Transactional(readOnly = true)
    PriceViews.Series series(int goodId, LocalDate from, LocalDate to) {
        LocalDate end = to == null ? today() : checkDay("to", to);
        LocalDate start = from == null ? end.minusDays(90) : checkDay("from", from);
        if (start.isAfter(end)) {
            throw FieldErrors.of("from", StoredText.of("planning.error.fromAfterTo", start, end));
        }
        if (start.plusDays(MAX_SERIES_DAYS).isBefore(end)) {
            throw FieldErrors.of("from", StoredText.of("planning.error.spanTooLong"));
        }
        Good g = good(goodId);
        LocalDate lookBack = YearAgo.from(start, settings.yearOnYearWindowDays());
        List<DailyAverage> days = store.daily(goodId, lookBack, end, scope.regions());
        TreeMap<LocalDate, DailyAverage> byDay = new TreeMap<>();
        days.forEach(d -> byDay.put(d.day(), d));
        Thresholds thresholds = thresholds(g);
        List<PriceViews.SeriesPoint> points = new ArrayList<>();
        for (DailyAverage d : byDay.subMap(start, true, end, true).values()) {
            Map.Entry<LocalDate, DailyAverage> previous = byDay.lowerEntry(d.day());
            BigDecimal mom = previous == null ? null : PriceChange.percent(d.average(), previous.getValue().average());
            Map.Entry<LocalDate, DailyAverage> lastYear = YearAgo.nearest(byDay, d.day(), settings.yearOnYearWindowDays());
            BigDecimal yoy = lastYear == null ? null : PriceChange.percent(d.average(), lastYear.getValue().average());
            points.add(new PriceViews.SeriesPoint(d.day(), d.shownAverage(), d.points(), previous == null ? null : previous.getKey(),
                    mom, yoy, thresholds.colour(mom)));
        }
        return new PriceViews.Series(PriceViews.GoodView.of(g), start, end, points);
    }

    @Transactional(readOnly = true)
    PriceViews.DayPrices dayPrices(int goodId, LocalDate day) {
        checkDay("day", day);
        Good g = good(goodId);
        String[] regions = scope.regions();
        List<PriceStore.PointPrice> all = store.pointPrices(goodId, day);
        BigDecimal median = median(all.stream().map(PriceStore.PointPrice::price).toList());
        List<PriceViews.PointPrice> prices = all.stream().filter(p -> scope.covers(regions, p.regionCode()))
                .map(p -> new PriceViews.PointPrice(p.pointId(), p.pointName(), p.regionCode(), p.price(),
                        all.size() >= 3 && PriceChange.outlier(p.price(), median, settings.outlierPercent())))
                .toList();
        return new PriceViews.DayPrices(PriceViews.GoodView.of(g), day, median, prices);
    }

    /** The 猪粮比 of a day when both goods are configured and priced that day. */
    @Transactional(readOnly = true)
    Optional<PriceViews.HogGrain> hogGrain(LocalDate day) {
        checkDay("day", day);
        if (settings.hogGood() == null || settings.hogGood().isBlank()) {
            return Optional.empty();
        }
        Optional<Good> hog = store.goodByCode(settings.hogGood());
        Optional<Good> grain = store.goodByCode(settings.grainGood());
        if (hog.isEmpty() || grain.isEmpty()) {
            return Optional.empty();
        }
        String[] regions = scope.regions();
        List<DailyAverage> h = store.daily(hog.get().id(), day, day, regions);
        List<DailyAverage> c = store.daily(grain.get().id(), day, day, regions);
        if (h.isEmpty() || c.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal ratio = HogGrainBands.ratio(h.get(0).average(), c.get(0).average());
        HogGrainBands.Band band = HogGrainBands.band(settings.hogGrainBands(), ratio);
        return Optional.of(new PriceViews.HogGrain(day, h.get(0).shownAverage(), c.get(0).shownAverage(), ratio, band.colour(),
                band.label()));
    }

    BigDecimal outlierPercent() {
        return settings.outlierPercent();
    }

    Thresholds thresholds(Good g) {
        return settings.thresholds().orOwn(g.yellowPercent(), g.redPercent());
    }

    static BigDecimal median(List<BigDecimal> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        List<BigDecimal> s = sorted.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : s.get(n / 2 - 1).add(s.get(n / 2)).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
    }

    static LocalDate checkDay(String field, LocalDate day) {
        if (day == null) {
            throw FieldErrors.of(field, StoredText.of("planning.error.dateRequired"));
        }
        if (!Years.contains(day.getYear())) {
            throw FieldErrors.of(field, StoredText.of("planning.error.dateYears", Years.RANGE, day));
        }
        return day;
    }
}
