package org.fagai.planning.internal.population;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fagai.organization.CurrentUser;
import org.fagai.planning.internal.PlanningAccess;
import org.fagai.reference.RegionView;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.ImportRejected;
import org.fagai.shared.web.MessageText;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Pages: a district's population target by town with actuals, gaps and ranks; the split, actuals and import forms. */
@Controller
class PopulationPageController {

    private static final Pattern TOWN_FIELD = Pattern.compile("(target|value)_([0-9]{9})");

    private final Population population;
    private final PopulationImport imports;
    private final PlanningAccess access;
    private final MessageText text;
    private final JsonMapper json;
    private final Clock clock;

    PopulationPageController(Population population, PopulationImport imports, PlanningAccess access, MessageText text,
                             JsonMapper json, Clock clock) {
        this.population = population;
        this.imports = imports;
        this.access = access;
        this.text = text;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/planning/population")
    String page(@RequestParam(required = false) @MaxLength(9) String region, @RequestParam(required = false) @CalendarYear Integer year,
                Model model) {
        List<RegionView> districts = population.districts();
        String r = region != null ? region : population.defaultDistrict();
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        Population.View view = population.view(r, y).orElse(null);
        CurrentUser user = access.reader();
        model.addAttribute("districts", districts);
        model.addAttribute("region", r);
        model.addAttribute("year", y);
        model.addAttribute("view", view);
        model.addAttribute("towns", population.towns(r));
        Map<String, Long> townTargets = new java.util.HashMap<>();
        if (view != null) {
            view.towns().forEach(t -> townTargets.put(t.code(), t.target()));
        }
        model.addAttribute("townTargets", townTargets);
        model.addAttribute("mayWrite", access.mayWrite(user, r));
        model.addAttribute("townData", json.writeValueAsString(view == null ? List.of() : view.towns().stream()
                .map(t -> Map.of("name", t.name(), "target", t.target(), "actual", t.actual() == null ? 0 : t.actual(),
                        "colour", t.colour() == null ? "NONE" : t.colour())).toList()));
        model.addAttribute("chartLabels", json.writeValueAsString(Map.of("target", text.get("planning.population.target"),
                "actual", text.get("planning.population.actual"))));
        return "planning/population";
    }

    @PostMapping("/planning/population/targets")
    String split(@RequestParam(required = false) @MaxLength(9) String regionCode, @RequestParam(required = false) @CalendarYear Integer year,
                 @RequestParam(required = false) Long total, @RequestParam(required = false) @MaxLength(10) String kind,
                 @RequestParam(required = false) @MaxLength(MaxLength.TEXT) String method, @RequestParam Map<String, String> fields,
                 RedirectAttributes redirect) {
        List<Population.Town> towns = new ArrayList<>();
        fields.forEach((name, value) -> {
            Matcher m = TOWN_FIELD.matcher(name);
            if (m.matches() && m.group(1).equals("target")) {
                towns.add(new Population.Town(m.group(2), number(value)));
            }
        });
        try {
            population.split(new Population.NewSplit(regionCode, year, total, kind, method, towns));
            redirect.addFlashAttribute("saved", text.get("planning.population.saved"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        } catch (PopulationSplit.Refused | AccessDeniedException e) {
            redirect.addFlashAttribute("errors", List.of(new FieldErrors.FieldError("towns", e.getMessage())));
        }
        return back(regionCode, year);
    }

    @PostMapping("/planning/population/actuals")
    String actuals(@RequestParam(required = false) @MaxLength(9) String regionCode, @RequestParam(required = false) @CalendarYear Integer year,
                   @RequestParam(required = false) Integer quarter, @RequestParam Map<String, String> fields, RedirectAttributes redirect) {
        List<Population.TownValue> values = new ArrayList<>();
        fields.forEach((name, value) -> {
            Matcher m = TOWN_FIELD.matcher(name);
            if (m.matches() && m.group(1).equals("value") && value != null && !value.isBlank()) {
                values.add(new Population.TownValue(m.group(2), number(value)));
            }
        });
        try {
            redirect.addFlashAttribute("saved", text.get("planning.population.actualsSaved", population.saveActuals(
                    new Population.Actuals(year, quarter, values))));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        } catch (AccessDeniedException e) {
            redirect.addFlashAttribute("errors", List.of(new FieldErrors.FieldError("towns", e.getMessage())));
        }
        return back(regionCode, year);
    }

    @PostMapping("/planning/population/import")
    String importFile(@RequestParam(value = "file", required = false) MultipartFile file, @RequestParam(required = false) @MaxLength(9) String regionCode,
                      @RequestParam(required = false) @CalendarYear Integer year, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("saved", text.get("planning.import.done", imports.importFile(file)));
        } catch (ImportRejected e) {
            redirect.addFlashAttribute("importErrors", e.errors());
        }
        return back(regionCode, year);
    }

    @GetMapping("/planning/population/template")
    ResponseEntity<byte[]> template() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        imports.template(out);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(imports.templateFile())).body(out.toByteArray());
    }

    @GetMapping("/planning/population/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) @MaxLength(9) String region,
                                                 @RequestParam @CalendarYear int year) {
        Population.View view = population.view(region == null ? population.defaultDistrict() : region, year).orElseThrow(() -> FieldErrors.of("region", org.fagai.shared.StoredText.of("planning.error.noPopulationTarget")));
        List<List<?>> rows = view.towns().stream().<List<?>>map(t -> java.util.Arrays.asList(t.rank() == 0 ? null : t.rank(), t.code(),
                t.name(), t.target(), t.actual(), t.quarter() == null ? null : t.quarter() == 0 ? text.get("planning.export.population.fullYear")
                        : text.get("planning.export.population.quarter", String.valueOf(t.quarter())), t.gap(),
                t.ratio(), t.colour() == null ? "" : text.get("planning.colour." + t.colour()))).toList();
        String title = text.get("planning.export.population.title");
        List<String> headers = List.of(text.get("planning.export.population.headers."
                + (view.kind() == PopulationKind.CEILING ? "ceiling" : "target")).split("\\|"));
        StreamingResponseBody body = out -> ExcelExport.write(out, title, headers, rows);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("planning.export.population.file", view.regionName(),
                String.valueOf(year)))).body(body);
    }

    private static Long number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static String back(String region, Integer year) {
        boolean plain = region == null || !region.matches("[0-9]{6,9}");
        return "redirect:/planning/population" + (plain ? "" : "?region=" + region + (year == null ? "" : "&year=" + year));
    }
}
