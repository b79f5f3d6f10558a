package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fagai.indicator.EconomicIndicators;
import org.fagai.indicator.ValueView;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.Period;
import org.springframework.stereotype.Component;

/**
 * GDP as economic monitoring stores it (indicator {@code GDP}, quarterly cumulative, 亿元 at current prices, with the
 * bureau's reported real growth), asked through its API for each region. Towns have none.
 */
@Component
class GdpSource {

    static final String GDP = "GDP";

    /** A stored GDP figure: level at current prices and the reported real growth (%), either may be missing. */
    record Point(BigDecimal level, BigDecimal growth) {
    }

    /** A region's GDP by year and last month of the cumulative period. */
    record Series(Map<Integer, Point> points) {

        Point at(int year, int toMonth) {
            return points.getOrDefault(year * 100 + toMonth, new Point(null, null));
        }
    }

    private final EconomicIndicators indicators;

    GdpSource(EconomicIndicators indicators) {
        this.indicators = indicators;
    }

    Map<String, Series> load(List<String> regionCodes, int fromYear, int toYear) {
        Map<String, Series> result = new HashMap<>();
        for (String region : regionCodes) {
            Map<Integer, Point> points = new HashMap<>();
            if (region.length() == 6) {
                try {
                    for (ValueView v : indicators.values(GDP, region, Period.monthly(fromYear, 1), Period.monthly(toYear, 12))) {
                        points.put(v.year() * 100 + v.toMonth(), new Point(v.value(), v.reportedGrowth()));
                    }
                } catch (NotFoundException e) {
                    // no GDP indicator in the catalogue: intensities stay empty with their reason
                }
            }
            result.put(region, new Series(points));
        }
        return result;
    }
}
