package org.fagai.businessenv.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fagai.organization.CurrentUser;
import org.springframework.stereotype.Service;

/** The evaluation as the signed-in user may read it: the counties he sees, scored against the whole comparison set. */
@Service
class Evaluations {

    private final Scoring scoring;
    private final IndicatorSystem catalogue;
    private final EvaluationValues values;
    private final EvaluationAccess access;

    Evaluations(Scoring scoring, IndicatorSystem catalogue, EvaluationValues values, EvaluationAccess access) {
        this.scoring = scoring;
        this.catalogue = catalogue;
        this.values = values;
        this.access = access;
    }

    Evaluation read(int year, String region) {
        CurrentUser user = access.requireRegion(region);
        Evaluation all = scoring.evaluate(year, region);
        List<Evaluation.RegionScore> visible = all.regions().stream()
                .filter(r -> user.canSeeRegion(r.regionCode()) && (region.equals(all.cityCode()) || r.regionCode().equals(region)))
                .toList();
        return new Evaluation(all.year(), all.cityCode(), all.cityName(), visible);
    }

    List<Indicator> indicators() {
        access.requireStaff();
        return catalogue.all();
    }

    /** The second-level indicators in the system's order. */
    List<Indicator> measuredList() {
        return catalogue.all().stream().filter(i -> !i.firstLevel()).toList();
    }

    Map<String, Indicator> measured() {
        return catalogue.all().stream().filter(i -> !i.firstLevel())
                .collect(Collectors.toMap(Indicator::code, Function.identity()));
    }

    void changeIndicator(String code, EvaluationCommands.IndicatorChange change) {
        catalogue.update(code, change);
    }

    int saveValues(EvaluationCommands.Values command) {
        return values.save(command, measured());
    }

    long saveBenchmark(EvaluationCommands.Benchmark command) {
        return values.saveBenchmark(command, measured());
    }
}
