package org.fagai.energy.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.energy.RegionEnergy;
import org.fagai.organization.CurrentUser;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.MessageText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** 能耗双控一览: a region's totals (each with the rule it follows), intensities, targets, districts ranked, contributors, charts. */
@Controller
class RegionPageController {

    private final RegionAccounts accounts;
    private final RegionSums sums;
    private final RegionDirectory regions;
    private final EnergyAccess access;
    private final MessageText text;
    private final JsonMapper json;
    private final Clock clock;

    RegionPageController(RegionAccounts accounts, RegionSums sums, RegionDirectory regions, EnergyAccess access,
                         MessageText text, JsonMapper json, Clock clock) {
        this.accounts = accounts;
        this.sums = sums;
        this.regions = regions;
        this.access = access;
        this.text = text;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/energy")
    String region(@RequestParam(required = false) @MaxLength(9) String region, @RequestParam(required = false) @CalendarYear Integer year,
                  @RequestParam(required = false) @MaxLength(7) String month, Model model) {
        CurrentUser user = access.reader();
        String code = region == null || region.isBlank() ? user.regionCode() : RegionCodes.checked("region", region);
        YearMonth period = PeriodParameters.resolve(year, month, sums.latestMonth(code).orElse(null), clock);
        RegionEnergy energy = accounts.region(code, period.getYear(), period.getMonthValue());
        model.addAttribute("energy", energy);
        model.addAttribute("regions", selectable(user));
        model.addAttribute("monthsData", json.writeValueAsString(energy.months()));
        model.addAttribute("rankingData", json.writeValueAsString(energy.districts()));
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("current", text.get("energy.chart.current", String.valueOf(energy.year())));
        labels.put("lastYear", text.get("energy.chart.current", String.valueOf(energy.year() - 1)));
        labels.put("decline", text.get("energy.intensity.decline"));
        labels.put("unit", text.get("energy.unit.tce"));
        model.addAttribute("chartLabels", json.writeValueAsString(labels));
        return "energy/region";
    }

    /** The user's region and the parts below it (a city's counties, a county's towns). */
    private List<RegionView> selectable(CurrentUser user) {
        RegionView home = regions.get(user.regionCode());
        List<RegionView> result = new ArrayList<>(List.of(home));
        result.addAll(home.code().endsWith("00") ? regions.children(home.code()) : regions.towns(home.code()));
        return result;
    }
}
