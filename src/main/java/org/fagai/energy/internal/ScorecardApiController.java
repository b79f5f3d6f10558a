package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.fagai.shared.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** The 节能目标责任考核 scorecard's indicators over JSON: list, add, edit, retire (administrators change them). */
@ApiController("/api/v1/energy/scorecard/indicators")
class ScorecardApiController {

    /** The body of a retirement: the new weights of the indicators that stay, by code. */
    record Retirement(Map<String, BigDecimal> weights) {
    }

    private final ScorecardIndicators indicators;

    ScorecardApiController(ScorecardIndicators indicators) {
        this.indicators = indicators;
    }

    @GetMapping
    List<RuleStore.Indicator> list(@RequestParam(defaultValue = "false") boolean retired) {
        return indicators.list(retired);
    }

    @GetMapping("/{code}")
    RuleStore.Indicator get(@PathVariable String code) {
        return indicators.get(code);
    }

    @PostMapping
    ResponseEntity<RuleStore.Indicator> add(@RequestBody ScorecardIndicators.Change change) {
        RuleStore.Indicator added = indicators.add(change);
        return ResponseEntity.created(URI.create("/api/v1/energy/scorecard/indicators/" + added.code())).body(added);
    }

    @PutMapping("/{code}")
    RuleStore.Indicator edit(@PathVariable String code, @RequestBody ScorecardIndicators.Change change) {
        return indicators.edit(code, change);
    }

    @PostMapping("/{code}/retire")
    RuleStore.Indicator retire(@PathVariable String code, @RequestBody(required = false) Retirement retirement) {
        return indicators.retire(code, retirement == null ? null : retirement.weights());
    }
}
