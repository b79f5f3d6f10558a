package org.fagai.cockpit.internal;

import org.fagai.cockpit.Tile;
import org.fagai.cockpit.TileFigure;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.Formats;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1/cockpit")
class CockpitApiController {

    private final Cockpit cockpit;
    private final Formats fmt;

    CockpitApiController(Cockpit cockpit, Formats fmt) {
        this.cockpit = cockpit;
        this.fmt = fmt;
    }

    /**
     * Every tile of a year and region, e.g. {@code ?year=2023&region=339900}; defaults: this year, the user's region. The
     * periods, the figures (their units) and notes read in the user's language, as on the page ({@code @fmt.stored}).
     */
    @GetMapping
    Cockpit.View cockpit(@RequestParam(required = false) @CalendarYear Integer year,
                         @RequestParam(required = false) @MaxLength(6) String region) {
        Cockpit.View v = cockpit.view(year, region);
        return new Cockpit.View(v.year(), v.regionCode(), v.regionName(), fmt.period(v.period()), v.generatedAt(),
                v.refreshSeconds(), v.tiles().stream().map(t -> new Tile(t.key(), t.order(), t.titleKey(), t.sourceKey(),
                        fmt.period(fmt.stored(t.period())), t.link(), t.figures().stream().map(f -> new TileFigure(f.labelKey(), f.label(),
                        fmt.stored(f.value()), fmt.stored(f.note()), f.tone())).toList(), t.chart())).toList(), v.computedAt(),
                v.missing(), v.regions());
    }
}
