package org.fagai.energy.internal;

import java.util.List;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.CalendarYear;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Energy targets over JSON: a year's (region, department, key energy user) and a region's five-year ones. */
@ApiController("/api/v1/energy/targets")
class TargetsApiController {

    private final Targets targets;
    private final TargetStore store;
    private final EnergyAccess access;

    TargetsApiController(Targets targets, TargetStore store, EnergyAccess access) {
        this.targets = targets;
        this.store = store;
        this.access = access;
    }

    @PutMapping
    TargetStore.Annual setAnnual(@RequestBody TargetCommands.Annual command) {
        return targets.setAnnual(command);
    }

    @GetMapping
    List<TargetStore.Annual> annual(@RequestParam(required = false) @CalendarYear Integer year,
                                    @RequestParam(required = false) @MaxLength(12) String subjectType) {
        var user = access.reader();
        return store.annualList(subjectType, "", year).stream()
                .filter(t -> !"REGION".equals(t.subjectType()) || user.canSeeRegion(t.subjectCode())).toList();
    }

    @PutMapping("/five-year")
    TargetStore.FiveYear setFiveYear(@RequestBody TargetCommands.FiveYear command) {
        return targets.setFiveYear(command);
    }

    @GetMapping("/five-year")
    List<TargetStore.FiveYear> fiveYear() {
        var user = access.reader();
        return store.fiveYear(EnergyAccess.scopePrefix(user));
    }
}
