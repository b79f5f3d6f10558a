package org.fagai.cockpit.internal;

import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.CalendarYear;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1/cockpit")
class CockpitApiController {

    private final Cockpit cockpit;

    CockpitApiController(Cockpit cockpit) {
        this.cockpit = cockpit;
    }

    /** Every tile of a year and region, e.g. {@code ?year=2023&region=339900}; defaults: this year, the user's region. */
    @GetMapping
    Cockpit.View cockpit(@RequestParam(required = false) @CalendarYear Integer year,
                         @RequestParam(required = false) @MaxLength(6) String region) {
        return cockpit.view(year, region);
    }
}
