package org.fagai.project.internal.land;

import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fagai.organization.MenuContributor;
import org.fagai.organization.MenuEntry;
import org.fagai.project.ProjectPageSection;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.Pagination;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** The land panel of the project page and the land demand page (用地需求) with its export. */
@Controller
class LandControllers {

    private final LandBook land;
    private final LandDemand demand;
    private final MessageText text;
    private final Clock clock;

    LandControllers(LandBook land, LandDemand demand, MessageText text, Clock clock) {
        this.land = land;
        this.demand = demand;
        this.text = text;
        this.clock = clock;
    }

    @Bean
    static ProjectPageSection landPanel() {
        return new ProjectPageSection("/projects/{code}/land/panel");
    }

    @Bean
    static MenuContributor landMenu() {
        return () -> java.util.List.of(MenuEntry.forAll("nav.projectsGroup", 160, "land-demand", "project.land.demand", "/projects/land"));
    }

    @GetMapping("/projects/{code}/land/panel")
    String panel(@PathVariable @MaxLength(30) String code, Model model) {
        model.addAttribute("projectCode", code);
        model.addAttribute("land", land.of(code).orElse(null));
        model.addAttribute("natures", LandNature.values());
        model.addAttribute("statuses", SupplyStatus.values());
        return "project/land :: panel";
    }

    @PostMapping("/projects/{code}/land")
    String save(@PathVariable @MaxLength(30) String code, @ModelAttribute LandInput input, RedirectAttributes redirect) {
        try {
            land.save(code, input);
            redirect.addFlashAttribute("saved", text.get("common.saved"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/projects/" + UriUtils.encodePathSegment(code, java.nio.charset.StandardCharsets.UTF_8);
    }

    @GetMapping("/projects/land")
    String demand(@RequestParam(required = false) @CalendarYear Integer year, @RequestParam(required = false) @MaxLength(6) String region,
                  @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size,
                  Model model) {
        int y = year == null ? Year.now(clock).getValue() : year;
        int rows = Math.min(size, 200);
        LandDemand.Page result = demand.page(y, region, page, rows);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("year", String.valueOf(y));
        if (region != null && !region.isBlank()) {
            filters.put("region", region);
        }
        model.addAttribute("year", y);
        model.addAttribute("result", result);
        model.addAttribute("pager", new Pagination(page, rows, result.total(), filters));
        return "project/land-demand";
    }

    @GetMapping("/projects/land/export")
    ResponseEntity<byte[]> export(@RequestParam @CalendarYear int year, @RequestParam(required = false) @MaxLength(6) String region) {
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("project.land.export.file", String.valueOf(year))))
                .body(demand.export(year, region).toByteArray());
    }
}
