package org.fagai.indicator.internal;

import org.fagai.shared.StoredText;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fagai.indicator.Comparison;
import org.fagai.indicator.IndicatorView;
import org.fagai.indicator.KeyProjectShare;
import org.fagai.indicator.Overview;
import org.fagai.indicator.OverviewLine;
import org.fagai.indicator.RankingLine;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.project.KeyProjectInvestment;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** 经济运行一览, the district ranking and the 区县对比 matrix: each indicator at its own period, read as {@link IndicatorLines}. */
@Service
class IndicatorOverviews {

    private final JdbcClient jdbc;
    private final RegionDirectory regions;
    private final Access access;
    private final IndicatorCatalogue catalogue;
    private final IndicatorLines indicatorLines;
    private final KeyProjectInvestment projects;

    IndicatorOverviews(JdbcClient jdbc, RegionDirectory regions, Access access, IndicatorCatalogue catalogue,
                       IndicatorLines lines, KeyProjectInvestment projects) {
        this.projects = projects;
        this.jdbc = jdbc;
        this.regions = regions;
        this.access = access;
        this.catalogue = catalogue;
        this.indicatorLines = lines;
    }

    Overview overview(String regionCode, int year, int month) {
        checkMonth(year, month);
        access.readerOf(regionCode);
        RegionView region = regions.get(regionCode);
        List<String> peers = region.parentCode() == null ? List.of(regionCode)
                : regions.children(region.parentCode()).stream().map(RegionView::code).toList();
        List<IndicatorView> indicators = catalogue.enabledCatalogue();
        Map<String, Map<String, OverviewLine>> lines = indicatorLines.compute(indicators, peers.contains(regionCode) ? peers
                : append(peers, regionCode), year, month);
        List<OverviewLine> result = indicators.stream().map(i -> lines.get(i.code()).get(regionCode)).toList();
        String period = Period.monthly(year, month).label();
        OverviewLine investment = lines.containsKey(KeyProjectShare.FIXED_ASSET_INVESTMENT)
                ? lines.get(KeyProjectShare.FIXED_ASSET_INVESTMENT).get(regionCode) : null;
        Optional<KeyProjectShare> keyProjects = investment == null || investment.value() == null ? Optional.empty()
                : projects.completedYearToDate(regionCode, year, month)
                        .flatMap(completed -> KeyProjectShare.of(completed, investment, period));
        return new Overview(regionCode, region.name(), year, month, period, result, keyProjects);
    }

    List<RankingLine> ranking(String code, String parentCode, int year, int month) {
        checkMonth(year, month);
        CurrentUser user = access.reader();
        IndicatorView indicator = catalogue.indicator(code);
        List<RegionView> districts = regions.children(parentCode);
        Map<String, OverviewLine> lines = indicatorLines.compute(List.of(indicator),
                districts.stream().map(RegionView::code).toList(), year, month).get(indicator.code());
        return districts.stream().filter(d -> user.canSeeRegion(d.code()))
                .map(d -> {
                    OverviewLine l = lines.get(d.code());
                    return new RankingLine(d.code(), d.name(), l.value(), l.growth(), l.rank(), l.target(), l.gap(), l.warning(),
                            l.growthEstimated());
                })
                .filter(r -> r.growth() != null || r.value() != null)
                .sorted(Comparator.comparing(RankingLine::rank, Comparator.nullsLast(Integer::compare))
                        .thenComparing(RankingLine::regionCode))
                .toList();
    }

    Comparison comparison(String parentCode, int year, int month) {
        checkMonth(year, month);
        CurrentUser user = access.readerOf(parentCode);
        RegionView parent = regions.get(parentCode);
        List<RegionView> children = regions.children(parentCode);
        List<RegionView> districts = (children.isEmpty() ? List.of(parent) : children).stream()
                .filter(d -> user.canSeeRegion(d.code())).toList();
        List<IndicatorView> indicators = catalogue.enabledCatalogue();
        List<String> codes = new ArrayList<>(districts.stream().map(RegionView::code).toList());
        Map<String, Map<String, OverviewLine>> lines = indicatorLines.compute(indicators, codes, year, month);
        List<Comparison.Row> rows = indicators.stream().map(i -> new Comparison.Row(i.code(), i.name(), i.unit().label(),
                i.periodAt(year, month).map(Period::label).orElse(null),
                districts.stream().map(d -> lines.get(i.code()).get(d.code())).toList())).toList();
        return new Comparison(parentCode, parent.name(), year, month, Period.monthly(year, month).label(),
                districts.stream().map(d -> new Comparison.Region(d.code(), d.name())).toList(), rows);
    }

    Optional<YearMonth> latestMonth(String regionCode) {
        access.readerOf(regionCode);
        return jdbc.sql("""
                        SELECT v.year, max(v.to_month) AS m FROM indicator_value v JOIN indicator i ON i.code = v.indicator_code
                        WHERE v.region_code = ? AND i.frequency = 'MONTHLY'
                        GROUP BY v.year ORDER BY v.year DESC LIMIT 1""")
                .param(regionCode).query((rs, n) -> YearMonth.of(rs.getInt("year"), rs.getInt("m"))).optional();
    }

    List<Comparison.Region> selectableRegions() {
        CurrentUser user = access.reader();
        RegionView home = regions.get(user.regionCode());
        List<Comparison.Region> result = new ArrayList<>();
        result.add(new Comparison.Region(home.code(), home.name()));
        if (user.role() != Role.DISTRICT) {
            regions.children(home.code()).forEach(c -> result.add(new Comparison.Region(c.code(), c.name())));
        }
        return result;
    }

    private static void checkMonth(int year, int month) {
        if (year < 1000 || year > 9999 || month < 1 || month > 12) {
            throw new IllegalArgumentException(StoredText.of("indicator.error.month"));
        }
    }

    private static List<String> append(List<String> list, String code) {
        List<String> result = new ArrayList<>(list);
        result.add(code);
        return result;
    }
}
