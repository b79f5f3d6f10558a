package org.fagai.planning.internal.price;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import org.fagai.shared.StoredText;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Price monitoring settings ({@code fagai.planning.price.*}); a value out of bounds is refused with a stored sentence
 * ({@code planning.error.settings.*}).
 *
 * @param weeklyDay            the weekday of the regular weekly collection (default MONDAY)
 * @param holidayLeadDays      prices are collected daily from this many days before a public holiday to its last day (7)
 * @param yellowPercent        a 环比 change of at least this much (up or down, in %) is yellow (5)
 * @param redPercent           at least this much is red (10)
 * @param outlierPercent       a point's price this far (in %) from the day's median of all points is flagged (30)
 * @param yearOnYearWindowDays 同比 compares with the collection nearest to the same date a year earlier, at most this
 *                             many days away either side (3: weekly collections fall on another date each year)
 * @param hogGood              code of the live-hog good of the 猪粮比 (HOG); blank: no 猪粮比
 * @param grainGood            code of the corn good of the 猪粮比 (CORN)
 * @param hogGrainBands        the 猪粮比 bands, lowest first: a ratio below {@code below} gets its colour and label;
 *                             the last band (no {@code below}) takes the rest
 * @param certificationDays    the default limit of a 价格认证 case in working days (7)
 */
@ConfigurationProperties("fagai.planning.price")
record PriceSettings(@DefaultValue("MONDAY") DayOfWeek weeklyDay,
                     @DefaultValue("7") int holidayLeadDays,
                     @DefaultValue("5") BigDecimal yellowPercent,
                     @DefaultValue("10") BigDecimal redPercent,
                     @DefaultValue("30") BigDecimal outlierPercent,
                     @DefaultValue("3") int yearOnYearWindowDays,
                     @DefaultValue("HOG") String hogGood,
                     @DefaultValue("CORN") String grainGood,
                     List<HogGrainBands.Band> hogGrainBands,
                     @DefaultValue("7") int certificationDays) {

    PriceSettings {
        if (holidayLeadDays < 0 || holidayLeadDays > 60) {
            throw new IllegalArgumentException(StoredText.of("planning.error.settings.holidayLeadDays", holidayLeadDays));
        }
        if (yellowPercent.signum() <= 0 || redPercent.compareTo(yellowPercent) < 0) {
            throw new IllegalArgumentException(StoredText.of("planning.error.settings.thresholds"));
        }
        hogGrainBands = hogGrainBands == null || hogGrainBands.isEmpty() ? HogGrainBands.DEFAULT : List.copyOf(hogGrainBands);
    }

    Thresholds thresholds() {
        return new Thresholds(yellowPercent, redPercent);
    }
}
