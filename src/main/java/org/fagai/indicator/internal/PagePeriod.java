package org.fagai.indicator.internal;

import java.time.Clock;
import java.time.YearMonth;
import org.fagai.indicator.EconomicIndicators;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.InvalidCodeException;
import org.fagai.shared.Period;
import org.fagai.shared.RegionCode;
import org.fagai.shared.web.ExcelExport;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The region and month a monitoring page shows, their defaults, and the filter bar's model. */
@Component
class PagePeriod {

    private final EconomicIndicators indicators;
    private final UserDirectory users;
    private final Clock clock;

    PagePeriod(EconomicIndicators indicators, UserDirectory users, Clock clock) {
        this.indicators = indicators;
        this.users = users;
        this.clock = clock;
    }

    /** The region asked for, else the user's own. */
    String region(String region) {
        return region == null || region.isBlank() ? users.requireCurrent().regionCode() : region.strip();
    }

    /** A form's region when it is a well-formed code, else the user's own: the page a refused form is shown on again. */
    String regionOrOwn(String typed) {
        try {
            return RegionCode.of(typed).value();
        } catch (InvalidCodeException e) {
            return users.requireCurrent().regionCode();
        }
    }

    /** The month asked for (2023-12, 2023年1-12月 …), else the latest with data, else last month. */
    YearMonth month(String region, String period) {
        if (period != null && !period.isBlank()) {
            Period p = Period.parse("period", period);
            return YearMonth.of(p.year(), p.toMonth());
        }
        return indicators.latestMonth(region).orElse(YearMonth.now(clock.withZone(ChinaTime.ZONE)).minusMonths(1));
    }

    /** The current year when a form has none. */
    int currentYear() {
        return YearMonth.now(clock).getYear();
    }

    void filters(Model model, String region, YearMonth month) {
        model.addAttribute("regions", indicators.selectableRegions());
        model.addAttribute("region", region);
        model.addAttribute("period", month.toString());
        model.addAttribute("periodLabel", Period.monthly(month.getYear(), month.getMonthValue()).label());
        model.addAttribute("query", "region=" + region + "&period=" + month);
    }

    static ResponseEntity<byte[]> download(IndicatorSheets.Sheet sheet) {
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(sheet.fileName())).body(sheet.content());
    }
}
