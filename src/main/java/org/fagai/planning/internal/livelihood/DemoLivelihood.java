package org.fagai.planning.internal.livelihood;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fagai.planning.internal.Direction;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile: the 2025 七有五性 year of 示范市's six districts, due 2026-01-31, with every indicator reported except two
 * of 北港区's and one of 云岭县's. 东湖区 ranks near the top (seed 004: "力争…总指数居于全市前列") but trails on
 * elderly beds and park area.
 */
@Component
@Profile("demo")
@Order(110)
class DemoLivelihood implements ApplicationRunner {

    static final String CITY = "339900";

    /** How well each district does overall, from −1 (worst) to 1 (best). */
    private static final Map<String, Double> QUALITY = Map.of("339902", 0.8, "339903", 0.3, "339904", 0.5, "339905", -0.6,
            "339921", -0.2, "339922", -0.9);

    /** Typical value and spread between districts of each default indicator. */
    private static final Map<String, double[]> TYPICAL = Map.ofEntries(
            Map.entry("CHILDCARE_PLACES", new double[] {3.8, 0.8}), Map.entry("KINDERGARTEN_PUBLIC", new double[] {88, 5}),
            Map.entry("SCHOOL_RETENTION", new double[] {98.6, 0.8}), Map.entry("LARGE_CLASSES", new double[] {3, 2.5}),
            Map.entry("UNEMPLOYMENT", new double[] {5.0, 0.5}), Map.entry("INCOME_GROWTH", new double[] {5.6, 0.8}),
            Map.entry("DOCTORS", new double[] {3.2, 0.6}), Map.entry("FAMILY_DOCTOR", new double[] {72, 6}),
            Map.entry("ELDERLY_BEDS", new double[] {36, 6}), Map.entry("ELDERLY_STATIONS", new double[] {90, 6}),
            Map.entry("AFFORDABLE_HOUSING", new double[] {98, 4}), Map.entry("OLD_ESTATES", new double[] {95, 6}),
            Map.entry("RELIEF_TIMELY", new double[] {98.5, 1.5}), Map.entry("DISABLED_REHAB", new double[] {86, 6}),
            Map.entry("QUARTER_HOUR_CIRCLE", new double[] {90, 7}), Map.entry("BUS_STOP_COVERAGE", new double[] {95, 4}),
            Map.entry("PM25", new double[] {32, 5}), Map.entry("PARK_AREA", new double[] {14, 3}),
            Map.entry("CULTURE_FACILITIES", new double[] {1350, 250}), Map.entry("SPORTS_AREA", new double[] {2.6, 0.4}),
            Map.entry("HOTLINE_RESOLVED", new double[] {93, 3}), Map.entry("ONLINE_SERVICES", new double[] {88, 5}),
            Map.entry("WORK_DEATHS", new double[] {0.012, 0.004}), Map.entry("CRIME_RATE", new double[] {22, 5}));

    private static final Set<String> MISSING = Set.of("339905:PM25", "339905:ELDERLY_STATIONS", "339922:CULTURE_FACILITIES");
    private static final Set<String> DONGHU_WEAK = Set.of("ELDERLY_BEDS", "PARK_AREA");

    private final LivelihoodStore store;

    DemoLivelihood(LivelihoodStore store) {
        this.store = store;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (store.round(CITY, 2025, 0).isPresent()) {
            return;
        }
        long round = store.insertRound(CITY, 2025, 0, LocalDate.of(2026, 1, 31), "demo");
        List<Scoring.Indicator> indicators = store.indicators();
        int n = 0;
        for (Scoring.Indicator i : indicators) {
            double[] typical = TYPICAL.get(i.code());
            if (typical == null) {
                continue;
            }
            int r = 0;
            for (Map.Entry<String, Double> district : QUALITY.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                r++;
                if (MISSING.contains(district.getKey() + ":" + i.code())) {
                    continue;
                }
                double quality = district.getKey().equals("339902") && DONGHU_WEAK.contains(i.code()) ? -0.8 : district.getValue();
                double jitter = ((n * 7 + r * 3) % 5 - 2) / 10.0;
                double sign = i.direction() == Direction.HIGHER ? 1 : -1;
                double value = typical[0] + sign * (quality + jitter) * typical[1];
                int scale = typical[0] < 1 ? 4 : typical[0] < 10 ? 2 : 1;
                store.saveValue(round, i.id(), district.getKey(), BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP), "demo");
            }
            n++;
        }
    }
}
