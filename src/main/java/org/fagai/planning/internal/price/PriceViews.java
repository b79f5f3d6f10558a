package org.fagai.planning.internal.price;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the price pages and the API show. */
final class PriceViews {

    private PriceViews() {
    }

    record GoodView(int id, String code, String name, String category, String unit, String spec) {
        static GoodView of(Good g) {
            return new GoodView(g.id(), g.code(), g.name(), g.category(), g.unit(), g.spec());
        }
    }

    /** One day of a good's series: average over the points in scope, 环比 and 同比 in %, the 环比 colour. */
    record SeriesPoint(LocalDate day, BigDecimal average, int points, LocalDate previousDay, BigDecimal monthOnMonth,
                       BigDecimal yearOnYear, String colour) {
    }

    record Series(GoodView good, LocalDate from, LocalDate to, List<SeriesPoint> points) {
    }

    /** A point's price of a good on a day, flagged when far from the day's median. */
    record PointPrice(int pointId, String pointName, String regionCode, BigDecimal price, boolean outlier) {
    }

    record DayPrices(GoodView good, LocalDate day, BigDecimal median, List<PointPrice> prices) {
    }

    /** The 猪粮比 of a day and its band. */
    record HogGrain(LocalDate day, BigDecimal hogPrice, BigDecimal grainPrice, BigDecimal ratio, String colour, String label) {
    }

    /** What a collection stored: how many prices, and the goods whose price at this point is an outlier. */
    record Stored(int pointId, LocalDate date, int stored, List<String> outliers, String frequency) {
    }
}
