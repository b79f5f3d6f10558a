package org.fagai.planning.internal.livelihood;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fagai.organization.CurrentUser;
import org.fagai.planning.RegionIndex;
import org.fagai.planning.internal.PlanningAccess;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.MessageText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Pages: the districts' indices, a district's values form, the monitoring system. */
@Controller
class LivelihoodPageController {

    private static final Pattern VALUE_FIELD = Pattern.compile("value_([A-Za-z0-9_\\-]{1,40})");

    private final Livelihood livelihood;
    private final PlanningAccess access;
    private final MessageText text;
    private final JsonMapper json;
    private final Clock clock;

    LivelihoodPageController(Livelihood livelihood, PlanningAccess access, MessageText text, JsonMapper json, Clock clock) {
        this.livelihood = livelihood;
        this.access = access;
        this.text = text;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/planning/livelihood")
    String index(@RequestParam(required = false) @CalendarYear Integer year, @RequestParam(defaultValue = "0") int half,
                 @RequestParam(required = false) @MaxLength(6) String region, Model model) {
        List<Round> rounds = livelihood.rounds();
        int y = year != null ? year : rounds.isEmpty() ? LocalDate.now(clock).getYear() - 1 : rounds.get(0).year();
        int h = year == null && !rounds.isEmpty() ? rounds.get(0).half() : half;
        Optional<Livelihood.Result> result = livelihood.result(y, h);
        CurrentUser user = access.reader();
        model.addAttribute("year", y);
        model.addAttribute("half", h);
        model.addAttribute("rounds", rounds);
        model.addAttribute("result", result.orElse(null));
        model.addAttribute("dimensions", livelihood.dimensions());
        RegionIndex selected = result.flatMap(r -> r.visible().stream()
                .filter(i -> region == null ? i.regionCode().equals(user.regionCode()) : i.regionCode().equals(region)).findFirst()
                .or(() -> r.visible().stream().findFirst())).orElse(null);
        model.addAttribute("selected", selected);
        model.addAttribute("indexData", json.writeValueAsString(result.map(Livelihood.Result::visible).orElse(List.of())));
        model.addAttribute("dimensionData", json.writeValueAsString(selected == null ? List.of() : selected.dimensions()));
        model.addAttribute("mayWrite", access.mayWrite(user, user.regionCode()));
        model.addAttribute("method", livelihood.normalisation().name());
        return "planning/livelihood";
    }

    @GetMapping("/planning/livelihood/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam @CalendarYear int year, @RequestParam(defaultValue = "0") int half) {
        Livelihood.Result result = livelihood.result(year, half).orElseThrow(() -> FieldErrors.of("year", org.fagai.shared.StoredText.of("planning.error.periodNotOpen")));
        List<String> headers = new ArrayList<>(text.list("planning.export.livelihood.headers"));
        livelihood.dimensions().forEach(d -> headers.add(text.orElse("planning.livelihood.dimension." + d.code(), d.name())));
        headers.add(text.get("planning.export.livelihood.missing"));
        List<List<?>> rows = result.visible().stream().<List<?>>map(r -> {
            List<Object> row = new ArrayList<>(List.of(r.rank(), r.regionName(), r.total()));
            r.dimensions().forEach(d -> row.add(d.index()));
            row.add(r.missing());
            return row;
        }).toList();
        String title = text.get("planning.export.livelihood.title");
        String file = text.get("planning.export.livelihood.file." + (result.round().half() == 1 ? "firstHalf" : "year"),
                String.valueOf(result.round().year()));
        StreamingResponseBody body = out -> ExcelExport.write(out, title, headers, rows);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(file)).body(body);
    }

    @GetMapping("/planning/livelihood/values")
    String valuesForm(@RequestParam @CalendarYear int year, @RequestParam(defaultValue = "0") int half,
                      @RequestParam(required = false) @MaxLength(6) String region, Model model) {
        Round round = livelihood.round(year, half);
        CurrentUser user = access.reader();
        List<org.fagai.reference.RegionView> districts = livelihood.districts(round.parentCode()).stream()
                .filter(d -> access.mayWrite(user, d.code())).toList();
        String chosen = region != null ? region : districts.isEmpty() ? user.regionCode() : districts.get(0).code();
        model.addAttribute("round", round);
        model.addAttribute("districts", districts);
        model.addAttribute("region", chosen);
        model.addAttribute("dimensions", livelihood.dimensions());
        model.addAttribute("indicators", livelihood.indicators());
        model.addAttribute("reported", livelihood.reported(round, chosen));
        return "planning/livelihood-values";
    }

    @PostMapping("/planning/livelihood/values")
    String saveValues(@RequestParam(required = false) @CalendarYear Integer year, @RequestParam(required = false) Integer half,
                      @RequestParam(required = false) @MaxLength(6) String regionCode, @RequestParam Map<String, String> fields,
                      RedirectAttributes redirect) {
        List<LivelihoodCommands.Value> values = new ArrayList<>();
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            Matcher m = VALUE_FIELD.matcher(f.getKey());
            if (!m.matches() || f.getValue() == null || f.getValue().isBlank()) {
                continue;
            }
            String v = f.getValue().strip();
            try {
                values.add(new LivelihoodCommands.Value(m.group(1), new BigDecimal(v.length() > 24 ? "x" : v)));
            } catch (NumberFormatException e) {
                errors.add(new FieldErrors.FieldError(f.getKey(), text.get("planning.collect.notNumber", v.length() > 20 ? v.substring(0, 20) : v)));
            }
        }
        try {
            if (!errors.isEmpty()) {
                throw new FieldErrors(errors);
            }
            int saved = livelihood.saveValues(new LivelihoodCommands.Values(year, half, regionCode, values));
            redirect.addFlashAttribute("saved", text.get("planning.livelihood.saved", saved));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/planning/livelihood/values?year=" + (year == null ? "" : year) + "&half=" + (half == null ? 0 : half)
                + "&region=" + (regionCode == null ? "" : regionCode);
    }

    @GetMapping("/planning/livelihood/system")
    String system(Model model) {
        model.addAttribute("dimensions", livelihood.dimensions());
        model.addAttribute("indicators", livelihood.indicators());
        model.addAttribute("rounds", livelihood.rounds());
        return "planning/livelihood-system";
    }

    @PostMapping("/planning/livelihood/indicators")
    String addIndicator(@ModelAttribute LivelihoodCommands.NewIndicator form, RedirectAttributes redirect) {
        try {
            livelihood.addIndicator(form);
            redirect.addFlashAttribute("saved", text.get("planning.indicator.added", form.name()));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/planning/livelihood/system";
    }

    @PostMapping("/planning/livelihood/rounds")
    String createRound(@RequestParam(required = false) @CalendarYear Integer year, @RequestParam(required = false) Integer half,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                       RedirectAttributes redirect) {
        try {
            Round round = livelihood.createRound(new LivelihoodCommands.NewRound(year, half, dueOn));
            redirect.addFlashAttribute("saved", text.get("planning.livelihood.roundCreated", round.label()));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/planning/livelihood/system";
    }
}
