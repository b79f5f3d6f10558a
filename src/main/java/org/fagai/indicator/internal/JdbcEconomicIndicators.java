package org.fagai.indicator.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.fagai.indicator.Comparison;
import org.fagai.indicator.EconomicIndicators;
import org.fagai.indicator.IndicatorForm;
import org.fagai.indicator.IndicatorView;
import org.fagai.indicator.Overview;
import org.fagai.indicator.RankingLine;
import org.fagai.indicator.TargetCommand;
import org.fagai.indicator.TargetView;
import org.fagai.indicator.TrendPoint;
import org.fagai.indicator.ValueCommand;
import org.fagai.indicator.ValuePage;
import org.fagai.indicator.ValueQuery;
import org.fagai.indicator.ValueView;
import org.fagai.shared.Period;
import org.springframework.stereotype.Service;

/** The module's API, answered by its use cases: catalogue, values, targets, overviews. */
@Service
class JdbcEconomicIndicators implements EconomicIndicators {

    private final IndicatorCatalogue catalogue;
    private final IndicatorValues values;
    private final IndicatorTargets targets;
    private final IndicatorOverviews overviews;

    JdbcEconomicIndicators(IndicatorCatalogue catalogue, IndicatorValues values, IndicatorTargets targets,
                           IndicatorOverviews overviews) {
        this.catalogue = catalogue;
        this.values = values;
        this.targets = targets;
        this.overviews = overviews;
    }

    @Override
    public List<IndicatorView> catalogue() {
        return catalogue.catalogue();
    }

    @Override
    public IndicatorView indicator(String code) {
        return catalogue.indicator(code);
    }

    @Override
    public IndicatorView saveIndicator(IndicatorForm form) {
        return catalogue.saveIndicator(form);
    }

    @Override
    public ValueView recordValue(ValueCommand command) {
        return values.recordValue(command);
    }

    @Override
    public int importValues(List<ImportRow> rows) {
        return values.importValues(rows);
    }

    @Override
    public ValuePage values(ValueQuery query) {
        return values.values(query);
    }

    @Override
    public List<ValueView> values(String code, String regionCode, Period from, Period to) {
        return values.values(code, regionCode, from, to);
    }

    @Override
    public List<TrendPoint> trend(String code, String regionCode, int fromYear, int toYear) {
        return values.trend(code, regionCode, fromYear, toYear);
    }

    @Override
    public TargetView setTarget(TargetCommand command) {
        return targets.setTarget(command);
    }

    @Override
    public List<TargetView> targets(String regionCode, int year) {
        return targets.targets(regionCode, year);
    }

    @Override
    public Overview overview(String regionCode, int year, int month) {
        return overviews.overview(regionCode, year, month);
    }

    @Override
    public List<RankingLine> ranking(String code, String parentCode, int year, int month) {
        return overviews.ranking(code, parentCode, year, month);
    }

    @Override
    public Comparison comparison(String parentCode, int year, int month) {
        return overviews.comparison(parentCode, year, month);
    }

    @Override
    public Optional<YearMonth> latestMonth(String regionCode) {
        return overviews.latestMonth(regionCode);
    }

    @Override
    public List<Comparison.Region> selectableRegions() {
        return overviews.selectableRegions();
    }
}
