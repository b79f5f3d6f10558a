package org.fagai.indicator;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.fagai.shared.Period;

/**
 * Economic monitoring. Every method checks the signed-in user: project owners see nothing; a district user sees
 * only his district; values are entered by staff, administrators and district users (their own district);
 * targets by staff and administrators; the catalogue only by administrators.
 */
public interface EconomicIndicators {

    /** The catalogue in display order (disabled entries too). */
    List<IndicatorView> catalogue();

    /** A catalogue entry or a {@link org.fagai.shared.NotFoundException}. */
    IndicatorView indicator(String code);

    /** Creates or updates a catalogue entry (administrators only). */
    IndicatorView saveIndicator(IndicatorForm form);

    /** Records (or replaces) one value; a {@link org.fagai.shared.FieldErrors} names every bad field. */
    ValueView recordValue(ValueCommand command);

    /** All or nothing: either every row is stored, or none and every bad row is reported. Returns rows stored. */
    int importValues(List<ImportRow> rows);

    /** A row of an import with its Excel row number and the cells as text. */
    record ImportRow(int row, String indicatorCode, String regionCode, String period, String value, String growth) {
    }

    ValuePage values(ValueQuery query);

    /** The values of one indicator and region between two periods (inclusive, by their last month). */
    List<ValueView> values(String code, String regionCode, Period from, Period to);

    /** Every period of one indicator and region from {@code fromYear} to {@code toYear}. */
    List<TrendPoint> trend(String code, String regionCode, int fromYear, int toYear);

    TargetView setTarget(TargetCommand command);

    List<TargetView> targets(String regionCode, int year);

    /** 经济运行一览 of a region at a month (each indicator at its own period, see {@link IndicatorView#periodAt}). */
    Overview overview(String regionCode, int year, int month);

    /** The districts under {@code parentCode} ranked by growth for one indicator at a month. */
    List<RankingLine> ranking(String code, String parentCode, int year, int month);

    /** Indicators × districts under {@code parentCode} at a month. */
    Comparison comparison(String parentCode, int year, int month);

    /** The latest month with any monthly value for the region, for default page periods. */
    Optional<YearMonth> latestMonth(String regionCode);

    /** Regions the user may pick: his own region and, for a city user, its districts. */
    List<Comparison.Region> selectableRegions();
}
