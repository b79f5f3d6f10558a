package org.fagai.planning.internal.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.RegionLevel;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile: 2026 resident-population ceilings of 示范市's six districts split over their towns (seed 004 (4):
 * "研究提出我区人口调控目标及各镇乡街道调控目标"), the towns' 2025 year-end population and 2026's first three quarters —
 * 东湖区's 湖滨街道 above its ceiling, another town close to it.
 */
@Component
@Profile("demo")
@Order(120)
class DemoPopulation implements ApplicationRunner {

    static final int YEAR = 2026;
    private static final Map<String, Long> TOTALS = Map.of("339902", 520_000L, "339903", 380_000L, "339904", 410_000L,
            "339905", 300_000L, "339921", 260_000L, "339922", 210_000L);
    private static final double[] SHARES = {0.28, 0.24, 0.20, 0.16, 0.12};

    private final PopulationStore store;
    private final RegionDirectory regions;

    DemoPopulation(PopulationStore store, RegionDirectory regions) {
        this.store = store;
        this.regions = regions;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (RegionView county : regions.children("339900")) {
            Long total = TOTALS.get(county.code());
            if (county.level() != RegionLevel.COUNTY || total == null || store.target(county.code(), YEAR).isPresent()) {
                continue;
            }
            List<RegionView> towns = regions.towns(county.code());
            if (towns.isEmpty()) {
                continue;
            }
            List<PopulationSplit.TownTarget> targets = new ArrayList<>();
            long assigned = 0;
            for (int i = 0; i < towns.size(); i++) {
                long target = i == towns.size() - 1 ? total - assigned
                        : Math.round(total * SHARES[Math.min(i, SHARES.length - 1)] / 100.0) * 100;
                assigned += target;
                targets.add(new PopulationSplit.TownTarget(towns.get(i).code(), target));
            }
            Set<String> codes = towns.stream().map(RegionView::code).collect(Collectors.toSet());
            store.save(PopulationSplit.of(county.code(), YEAR, PopulationKind.CEILING, total,
                    "按2025年末各乡镇街道常住人口占比分解，街道从紧、镇适当留有余地", targets, codes), "demo");
            for (int i = 0; i < targets.size(); i++) {
                long target = targets.get(i).target();
                double start = 0.95 + 0.01 * (i % 3);
                store.saveActual(targets.get(i).code(), YEAR - 1, 0, Math.round(target * start), "demo");
                for (int q = 1; q <= 3; q++) {
                    double share = start + 0.004 * q;
                    if (county.code().equals("339902") && i == 0) {
                        share = 0.99 + 0.008 * q;       // 湖滨街道 goes over its ceiling in the third quarter
                    } else if (county.code().equals("339902") && i == 1) {
                        share = 0.975 + 0.003 * q;      // 东城街道 close to it
                    }
                    store.saveActual(targets.get(i).code(), YEAR, q, Math.round(target * share), "demo");
                }
            }
        }
    }
}
