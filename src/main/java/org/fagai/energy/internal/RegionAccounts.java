package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.fagai.energy.EnergyAccounts;
import org.fagai.energy.RegionEnergy;
import org.fagai.energy.RegionEnergy.AnnualTarget;
import org.fagai.energy.RegionEnergy.Contributor;
import org.fagai.energy.RegionEnergy.District;
import org.fagai.energy.RegionEnergy.MonthPoint;
import org.fagai.energy.RegionEnergy.PeriodTarget;
import org.fagai.energy.RegionEnergy.Totals;
import org.fagai.indicator.Warning;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.Period;
import org.fagai.shared.Ranking;
import org.fagai.shared.StoredText;
import org.fagai.shared.Years;
import org.springframework.stereotype.Service;

/**
 * A region's energy account: sums of the stored report figures (by part, year and month, in one statement), GDP from
 * economic monitoring, targets, then intensities ({@link Intensities}), warnings ({@link EnergySettings}) and the ranking
 * ({@link Ranking}) computed here.
 */
@Service
class RegionAccounts implements EnergyAccounts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EnergyAccess access;
    private final RegionDirectory regions;
    private final RegionSums sums;
    private final GdpSource gdp;
    private final TargetStore targets;
    private final EnergySettings settings;

    RegionAccounts(EnergyAccess access, RegionDirectory regions, RegionSums sums, GdpSource gdp, TargetStore targets,
                   EnergySettings settings) {
        this.access = access;
        this.regions = regions;
        this.sums = sums;
        this.gdp = gdp;
        this.targets = targets;
        this.settings = settings;
    }

    @Override
    public RegionEnergy region(String regionCode, int year, int month) {
        Years.check("year", year);
        if (month < 1 || month > 12) {
            throw FieldErrors.of("month", StoredText.of("energy.error.monthRange", month));
        }
        access.readerOf(regionCode);
        RegionView region = regions.get(regionCode);
        List<RegionView> parts = parts(regionCode);
        List<RegionSums.Cell> cells = sums.monthly(regionCode, year);
        Optional<TargetStore.FiveYear> fiveYear = targets.covering(regionCode, year);
        List<String> gdpRegions = new ArrayList<>(List.of(regionCode));
        parts.forEach(p -> gdpRegions.add(p.code()));
        int firstGdpYear = fiveYear.map(t -> Math.min(t.baseYear(), year - 1)).orElse(year - 1);
        Map<String, GdpSource.Series> gdpSeries = gdp.load(gdpRegions, firstGdpYear, year);
        Map<String, TargetStore.Annual> annual = targets.annual("REGION", gdpRegions, year);

        Totals current = totals(cells, null, year, month);
        Totals last = totals(cells, null, year - 1, month);
        RegionEnergy.Intensity intensity = intensity(cells, null, gdpSeries.get(regionCode), year, month, fiveYear);
        RegionSums.Contributors contributors = sums.contributors(regionCode, year, month);
        current = new Totals(current.tce(), current.tceExcludingRawMaterial(), current.tceRawMaterial(), current.tceNonFossil(),
                current.tceControlled(), current.tceEquivalent(), current.co2(), current.outputValue(), current.reports(),
                contributors.enterprises());
        BigDecimal change = current.tceControlled().subtract(last.tceControlled());
        return new RegionEnergy(regionCode, region.name(), year, month, Period.monthly(year, month).label(), current, last,
                Intensities.growth(current.tceControlled(), last.tceControlled()), intensity,
                annualTarget(annual.get(regionCode), intensity, current, year, month),
                periodTarget(fiveYear, intensity, year, month), districts(parts, cells, gdpSeries, annual, year, month),
                contributors(contributors.increases(), change), contributors(contributors.decreases(), change),
                months(cells, year));
    }

    @Override
    public Optional<String> briefParagraph(String regionCode, int year, int month) {
        if (!access.mayRead()) {
            return Optional.empty();
        }
        RegionEnergy energy = region(regionCode, year, month);
        return energy.current().reports() == 0 ? Optional.empty() : Optional.of(BriefParagraph.of(energy));
    }

    /** The parts a region is broken down into: a city's counties, a county's towns; a town has none. */
    private List<RegionView> parts(String regionCode) {
        if (regionCode.length() == 9) {
            return List.of();
        }
        if (regionCode.endsWith("00")) {
            return regions.children(regionCode);
        }
        return regions.towns(regionCode);
    }

    private static Totals totals(List<RegionSums.Cell> cells, String part, int year, int toMonth) {
        BigDecimal tce = BigDecimal.ZERO;
        BigDecimal raw = BigDecimal.ZERO;
        BigDecimal nonFossil = BigDecimal.ZERO;
        BigDecimal controlled = BigDecimal.ZERO;
        BigDecimal equivalent = BigDecimal.ZERO;
        BigDecimal co2 = BigDecimal.ZERO;
        BigDecimal output = BigDecimal.ZERO;
        long reports = 0;
        long withEquivalent = 0;
        for (RegionSums.Cell c : cells) {
            if (c.year() != year || c.month() > toMonth || (part != null && !part.equals(c.part()))) {
                continue;
            }
            tce = tce.add(c.tce());
            raw = raw.add(c.raw());
            nonFossil = nonFossil.add(c.nonFossil());
            controlled = controlled.add(c.controlled());
            equivalent = c.equivalent() == null ? equivalent : equivalent.add(c.equivalent());
            co2 = co2.add(c.co2());
            output = c.output() == null ? output : output.add(c.output());
            reports += c.reports();
            withEquivalent += c.equivalentReports();
        }
        return new Totals(tce, tce.subtract(raw), raw, nonFossil, controlled, withEquivalent == reports ? equivalent : null, co2,
                output, reports, 0);
    }

    private RegionEnergy.Intensity intensity(List<RegionSums.Cell> cells, String part, GdpSource.Series series, int year,
                                             int month, Optional<TargetStore.FiveYear> fiveYear) {
        int quarterEnd = month / 3 * 3;
        if (quarterEnd == 0) {
            return null;
        }
        List<String> missing = new ArrayList<>();
        Totals now = totals(cells, part, year, quarterEnd);
        Totals before = totals(cells, part, year - 1, quarterEnd);
        GdpSource.Point gdpNow = series.at(year, quarterEnd);
        GdpSource.Point gdpBefore = series.at(year - 1, quarterEnd);
        String label = Period.quarterly(year, quarterEnd / 3).label();
        if (gdpNow.level() == null) {
            missing.add(label + "地区生产总值");
        }
        if (gdpNow.growth() == null) {
            missing.add(label + "地区生产总值可比价增速");
        }
        if (gdpBefore.level() == null) {
            missing.add(Period.quarterly(year - 1, quarterEnd / 3).label() + "地区生产总值");
        }
        if (before.reports() == 0) {
            missing.add((year - 1) + "年同期能耗月报");
        }
        BigDecimal baseDecline = null;
        BigDecimal co2BaseDecline = null;
        if (fiveYear.isPresent()) {
            TargetStore.FiveYear t = fiveYear.get();
            List<BigDecimal> growths = new ArrayList<>();
            for (int y = t.baseYear() + 1; y <= year - 1; y++) {
                BigDecimal g = series.at(y, 12).growth();
                if (g == null) {
                    missing.add(y + "年全年地区生产总值可比价增速");
                }
                growths.add(g);
            }
            BigDecimal lastFull = series.at(year - 1, 12).level();
            if (year - 1 != t.baseYear() && lastFull == null) {
                missing.add((year - 1) + "年全年地区生产总值");
            }
            BigDecimal atBase = Intensities.atBasePrices(gdpBefore.level(), gdpNow.growth(), year - 1 == t.baseYear(),
                    t.baseGdp(), growths, lastFull);
            baseDecline = Intensities.declineFromBase(now.tceControlled(), atBase, t.baseEnergy(), t.baseGdp());
            co2BaseDecline = Intensities.declineFromBase(now.co2(), atBase, t.baseCo2(), t.baseGdp());
        }
        return new RegionEnergy.Intensity(label, quarterEnd, gdpNow.level(), gdpBefore.level(), gdpNow.growth(),
                Intensities.comparableGdp(gdpBefore.level(), gdpNow.growth()) == null ? null
                        : Intensities.comparableGdp(gdpBefore.level(), gdpNow.growth()).setScale(4, RoundingMode.HALF_UP),
                now.tceControlled(), before.tceControlled(), now.co2(), before.co2(),
                Intensities.perWan(now.tceControlled(), gdpNow.level()), Intensities.perWan(before.tceControlled(), gdpBefore.level()),
                Intensities.perWan(now.co2(), gdpNow.level()), Intensities.perWan(before.co2(), gdpBefore.level()),
                Intensities.decline(now.tceControlled(), before.tceControlled(), gdpNow.growth()),
                Intensities.decline(now.co2(), before.co2(), gdpNow.growth()), baseDecline, co2BaseDecline, List.copyOf(missing));
    }

    private AnnualTarget annualTarget(TargetStore.Annual target, RegionEnergy.Intensity intensity, Totals current, int year,
                                      int month) {
        if (target == null) {
            return null;
        }
        BigDecimal decline = intensity == null ? null : intensity.decline();
        BigDecimal co2Decline = intensity == null ? null : intensity.co2Decline();
        BigDecimal used = target.totalCap() == null ? null
                : current.tceControlled().multiply(HUNDRED).divide(target.totalCap(), 2, RoundingMode.HALF_UP);
        BigDecimal progress = timeProgress(Period.monthly(year, month));
        return new AnnualTarget(target.intensityDecline(), gap(decline, target.intensityDecline()),
                settings.declineWarning(decline, target.intensityDecline()), target.co2IntensityDecline(),
                gap(co2Decline, target.co2IntensityDecline()), settings.declineWarning(co2Decline, target.co2IntensityDecline()),
                target.totalCap(), used, progress, settings.capWarning(used, progress));
    }

    private PeriodTarget periodTarget(Optional<TargetStore.FiveYear> fiveYear, RegionEnergy.Intensity intensity, int year,
                                      int month) {
        if (fiveYear.isEmpty()) {
            return null;
        }
        TargetStore.FiveYear t = fiveYear.get();
        BigDecimal achieved = intensity == null ? null : intensity.baseDecline();
        BigDecimal completion = achieved == null || t.intensityDecline().signum() <= 0 ? null
                : achieved.multiply(HUNDRED).divide(t.intensityDecline(), 2, RoundingMode.HALF_UP);
        int toMonth = intensity == null ? month : intensity.toMonth();
        BigDecimal progress = BigDecimal.valueOf((year - t.baseYear() - 1) * 12L + toMonth).multiply(HUNDRED)
                .divide(BigDecimal.valueOf((t.endYear() - t.baseYear()) * 12L), 2, RoundingMode.HALF_UP);
        return new PeriodTarget(t.name(), t.baseYear(), t.endYear(), t.intensityDecline(), achieved, completion, progress,
                settings.behindWarning(completion, progress), t.co2IntensityDecline(), intensity == null ? null : intensity.co2BaseDecline());
    }

    private List<District> districts(List<RegionView> parts, List<RegionSums.Cell> cells, Map<String, GdpSource.Series> gdpSeries,
                                     Map<String, TargetStore.Annual> annual, int year, int month) {
        List<District> lines = new ArrayList<>();
        List<BigDecimal> declines = new ArrayList<>();
        for (RegionView part : parts) {
            Totals now = totals(cells, part.code(), year, month);
            Totals before = totals(cells, part.code(), year - 1, month);
            RegionEnergy.Intensity intensity = intensity(cells, part.code(), gdpSeries.getOrDefault(part.code(),
                    new GdpSource.Series(Map.of())), year, month, Optional.empty());
            BigDecimal decline = intensity == null ? null : intensity.decline();
            TargetStore.Annual target = annual.get(part.code());
            BigDecimal targetDecline = target == null ? null : target.intensityDecline();
            declines.add(decline);
            lines.add(new District(part.code(), part.name(), now.tceControlled(), before.tceControlled(),
                    Intensities.growth(now.tceControlled(), before.tceControlled()), decline,
                    intensity == null ? null : intensity.co2Decline(), targetDecline, gap(decline, targetDecline),
                    settings.declineWarning(decline, targetDecline), null));
        }
        List<Integer> ranks = ranks(declines);
        List<District> ranked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            District d = lines.get(i);
            ranked.add(new District(d.regionCode(), d.regionName(), d.tceControlled(), d.lastYear(), d.growth(), d.decline(),
                    d.co2Decline(), d.target(), d.gap(), d.warning(), ranks.get(i)));
        }
        ranked.sort((a, b) -> a.rank() == null ? (b.rank() == null ? a.regionCode().compareTo(b.regionCode()) : 1)
                : b.rank() == null ? -1 : Integer.compare(a.rank(), b.rank()));
        return ranked;
    }

    /** The rank of each figure by {@link Ranking} (largest first, ties share, empty unranked), in the figures' order. */
    static List<Integer> ranks(List<BigDecimal> figures) {
        List<Integer> ranks = new ArrayList<>(Collections.nCopies(figures.size(), (Integer) null));
        Ranking.highestFirst(IntStream.range(0, figures.size()).boxed().toList(), figures::get, Comparator.naturalOrder())
                .forEach(r -> ranks.set(r.item(), r.rank()));
        return ranks;
    }

    private static List<Contributor> contributors(List<RegionSums.Enterprise> enterprises, BigDecimal regionChange) {
        Function<BigDecimal, BigDecimal> share = c -> regionChange.signum() == 0 ? null
                : c.multiply(HUNDRED).divide(regionChange, 2, RoundingMode.HALF_UP);
        return enterprises.stream().map(e -> new Contributor(e.creditCode(), e.name(), e.regionCode(), e.current(), e.lastYear(),
                e.change(), share.apply(e.change()))).toList();
    }

    private static List<MonthPoint> months(List<RegionSums.Cell> cells, int year) {
        Map<Integer, BigDecimal[]> byMonth = new TreeMap<>();
        for (RegionSums.Cell c : cells) {
            BigDecimal[] pair = byMonth.computeIfAbsent(c.month(), m -> new BigDecimal[2]);
            int i = c.year() == year ? 0 : 1;
            pair[i] = pair[i] == null ? c.controlled() : pair[i].add(c.controlled());
        }
        return byMonth.entrySet().stream().map(e -> new MonthPoint(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private BigDecimal timeProgress(Period period) {
        return (settings.timeProgressByDays() ? period.timeProgressByDays() : period.timeProgress()).multiply(HUNDRED)
                .setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal gap(BigDecimal achieved, BigDecimal target) {
        return achieved == null || target == null ? null : achieved.subtract(target);
    }
}
