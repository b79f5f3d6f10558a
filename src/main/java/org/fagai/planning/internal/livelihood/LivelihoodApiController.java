package org.fagai.planning.internal.livelihood;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.fagai.planning.RegionIndex;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.CalendarYear;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1/livelihood")
class LivelihoodApiController {

    private final Livelihood livelihood;

    LivelihoodApiController(Livelihood livelihood) {
        this.livelihood = livelihood;
    }

    /** Per district of the user's city: {regionCode, regionName, total, rank, dimensions, weakest, missing}; ranked. */
    @GetMapping("/index")
    List<RegionIndex> index(@RequestParam @CalendarYear int year, @RequestParam(defaultValue = "0") int half) {
        return livelihood.index(year, half);
    }

    @GetMapping("/missing")
    List<Livelihood.Missing> missing(@RequestParam @CalendarYear int year, @RequestParam(defaultValue = "0") int half) {
        return livelihood.result(year, half).map(Livelihood.Result::missing).orElse(List.of());
    }

    @GetMapping("/system")
    Map<String, Object> system() {
        return Map.of("dimensions", livelihood.dimensions(), "indicators", livelihood.indicators());
    }

    @PostMapping("/indicators")
    ResponseEntity<Void> addIndicator(@Valid @RequestBody LivelihoodCommands.NewIndicator indicator) {
        livelihood.addIndicator(indicator);
        return ResponseEntity.status(201).build();
    }

    @PostMapping("/rounds")
    ResponseEntity<Round> createRound(@Valid @RequestBody LivelihoodCommands.NewRound round) {
        return ResponseEntity.status(201).body(livelihood.createRound(round));
    }

    /** {"year":2025,"half":0,"regionCode":"339902","values":[{"code":"PM25","value":31.5}]} */
    @PostMapping("/values")
    Map<String, Integer> saveValues(@Valid @RequestBody LivelihoodCommands.Values values) {
        return Map.of("saved", livelihood.saveValues(values));
    }
}
