package org.fagai.energy.internal;

import java.time.Clock;
import java.time.YearMonth;
import org.fagai.energy.RegionEnergy;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.CalendarYear;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A region's energy account over JSON: totals, intensities, 下降率, target gaps, the districts ranked, contributors. */
@ApiController("/api/v1/energy/regions")
class RegionApiController {

    private final RegionAccounts accounts;
    private final RegionSums sums;
    private final Clock clock;

    RegionApiController(RegionAccounts accounts, RegionSums sums, Clock clock) {
        this.accounts = accounts;
        this.sums = sums;
        this.clock = clock;
    }

    @GetMapping("/{code}")
    RegionEnergy region(@PathVariable @MaxLength(9) String code, @RequestParam(required = false) @CalendarYear Integer year,
                        @RequestParam(required = false) @MaxLength(7) String month) {
        String region = RegionCodes.checked("code", code);
        YearMonth period = PeriodParameters.resolve(year, month, sums.latestMonth(region).orElse(null), clock);
        return accounts.region(region, period.getYear(), period.getMonthValue());
    }
}
