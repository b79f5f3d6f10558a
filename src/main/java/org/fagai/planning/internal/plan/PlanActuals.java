package org.fagai.planning.internal.plan;

import java.util.List;
import org.fagai.indicator.EconomicIndicators;
import org.springframework.stereotype.Component;

/**
 * Where an indicator's yearly actuals come from: the economic-monitoring indicator it names (its 全年 value and growth,
 * read through the indicator module's API — one source of truth), or the values staff entered here.
 */
@Component
class PlanActuals {

    private final FiveYearPlanStore store;
    private final EconomicIndicators monitoring;

    PlanActuals(FiveYearPlanStore store, EconomicIndicators monitoring) {
        this.store = store;
        this.monitoring = monitoring;
    }

    List<YearActual> of(PlanIndicator indicator, String regionCode) {
        if (indicator.sourceIndicator() == null) {
            return store.actuals(indicator.id());
        }
        return monitoring.trend(indicator.sourceIndicator(), regionCode, indicator.fromYear(), indicator.toYear()).stream()
                .filter(p -> p.toMonth() == 12)
                .map(p -> new YearActual(p.year(), p.value(), p.growth()))
                .toList();
    }
}
