package org.fagai.businessenv.internal;

import org.fagai.shared.StoredText;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.CalendarYear;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The evaluation's pages: the counties' scores and ranks, one county's indicators, data entry and collection, tasks. */
@Controller
@RequestMapping("/business-environment")
class EvaluationPageController {

    private final Evaluations evaluations;
    private final EvaluationValues values;
    private final DataCollection collection;
    private final ReformTasks reforms;
    private final SelfAssessmentReport report;
    private final EvaluationAccess access;
    private final OrganizationDirectory directory;
    private final Clock clock;

    EvaluationPageController(Evaluations evaluations, EvaluationValues values, DataCollection collection, ReformTasks reforms,
                             SelfAssessmentReport report, EvaluationAccess access, OrganizationDirectory directory, Clock clock) {
        this.evaluations = evaluations;
        this.values = values;
        this.collection = collection;
        this.reforms = reforms;
        this.report = report;
        this.access = access;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping
    String scores(@RequestParam(required = false) @CalendarYear Integer year, @RequestParam(required = false) @MaxLength(6) String region,
                  Model model) {
        CurrentUser user = access.requireStaff();
        int y = year == null ? lastYear() : year;
        String r = region == null || region.isBlank() ? user.regionCode() : region;
        Evaluation evaluation = evaluations.read(y, r);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("year", y);
        model.addAttribute("region", r);
        return "businessenv/scores";
    }

    @GetMapping("/regions/{code}")
    String region(@PathVariable @MaxLength(6) String code, @RequestParam(required = false) @CalendarYear Integer year, Model model) {
        int y = year == null ? lastYear() : year;
        Evaluation evaluation = evaluations.read(y, code);
        Evaluation.RegionScore score = evaluation.region(code);
        if (score == null) {
            throw FieldErrors.of("code", StoredText.of("businessenv.error.notEvaluated", code));
        }
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("score", score);
        model.addAttribute("lead", SelfAssessmentReport.lead(y, score));
        model.addAttribute("year", y);
        return "businessenv/region";
    }

    @GetMapping("/report")
    ResponseEntity<byte[]> report(@RequestParam @CalendarYear int year, @RequestParam(required = false) @MaxLength(6) String region) {
        return report.download(year, region == null ? access.requireStaff().regionCode() : region);
    }

    @GetMapping("/data")
    String data(@RequestParam(required = false) @CalendarYear Integer year, @RequestParam(required = false) @MaxLength(6) String region,
                Model model) {
        CurrentUser user = access.requireStaff();
        int y = year == null ? lastYear() : year;
        Evaluation evaluation = evaluations.read(y, user.regionCode());
        String r = region != null && !region.isBlank() ? region
                : evaluation.regions().stream().map(Evaluation.RegionScore::regionCode).sorted().findFirst().orElse(user.regionCode());
        model.addAttribute("year", y);
        model.addAttribute("region", r);
        model.addAttribute("counties", evaluation.regions().stream().sorted(java.util.Comparator.comparing(Evaluation.RegionScore::regionCode)).toList());
        model.addAttribute("indicators", evaluations.indicators());
        model.addAttribute("entered", values.entered(y, evaluation.cityCode()));
        model.addAttribute("benchmarks", values.benchmarks(y));
        model.addAttribute("collections", collection.status(y));
        model.addAttribute("units", directory.units());
        return "businessenv/data";
    }

    /** Saves a county's values; every mistake goes back to the form beside its field, with what was typed kept. */
    @PostMapping("/data")
    String saveData(@RequestParam @CalendarYear int year, @RequestParam @MaxLength(6) String region,
                    @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        Map<String, BigDecimal> entered = new LinkedHashMap<>();
        Map<String, String> typed = new LinkedHashMap<>();
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        form.forEach((key, list) -> {
            if (key.startsWith("v_") && key.length() <= 12 && !list.isEmpty()) {
                String text = list.get(0) == null ? "" : list.get(0).strip();
                typed.put(key, text.length() > 30 ? text.substring(0, 30) : text);
                try {
                    entered.put(key.substring(2), text.isEmpty() ? null : number(key.substring(2), text));
                } catch (FieldErrors e) {
                    errors.addAll(e.errors());
                }
            }
        });
        try {
            if (!errors.isEmpty()) {
                throw new FieldErrors(errors);
            }
            redirect.addFlashAttribute("saved", evaluations.saveValues(new EvaluationCommands.Values(year, region, entered)));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
            redirect.addFlashAttribute("typed", typed);
        }
        return "redirect:/business-environment/data?year=" + year + "&region=" + region;
    }

    @PostMapping("/benchmarks")
    String benchmark(@RequestParam @CalendarYear int year, @RequestParam(required = false) @MaxLength(10) String indicatorCode,
                     @RequestParam(required = false) @MaxLength(100) String label,
                     @RequestParam(required = false) @MaxLength(30) String value, RedirectAttributes redirect) {
        try {
            BigDecimal number = value == null || value.isBlank() ? null : parse("value", value.strip(), "businessenv.error.benchmarkNumber");
            evaluations.saveBenchmark(new EvaluationCommands.Benchmark(year, indicatorCode, label, number));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/business-environment/data?year=" + year;
    }

    @PostMapping("/collections")
    String collect(@RequestParam @CalendarYear int year, @RequestParam(required = false) Integer workingDays,
                   RedirectAttributes redirect) {
        try {
            DataCollection.Started started = collection.start(new EvaluationCommands.StartCollection(year, workingDays));
            redirect.addFlashAttribute("skipped", started.skipped());
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/business-environment/data?year=" + year;
    }

    @GetMapping("/tasks")
    String tasks(@RequestParam(required = false) @CalendarYear Integer year, Model model) {
        access.requireStaff();
        int y = year == null ? lastYear() + 1 : year;
        model.addAttribute("year", y);
        model.addAttribute("versions", reforms.ofYear(y));
        model.addAttribute("units", directory.units());
        model.addAttribute("people", directory.people());
        return "businessenv/tasks";
    }

    /** Puts a policy version's tasks on the loop; a mistake goes back to the form, beside its field, with the form kept. */
    @PostMapping("/tasks")
    String createTasks(@RequestParam @CalendarYear int year, @RequestParam(required = false) @MaxLength(50) String name,
                       @RequestParam(required = false) @MaxLength(200) String title,
                       @RequestParam(required = false) @MaxLength(20000) String tasks,
                       @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long personId,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                       RedirectAttributes redirect) {
        List<EvaluationCommands.ReformTask> list = tasks == null ? List.of() : Arrays.stream(tasks.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(t -> new EvaluationCommands.ReformTask(t, unitId, personId, deadline)).toList();
        try {
            reforms.create(new EvaluationCommands.ReformVersion(name, year, title, list));
        } catch (FieldErrors e) {
            // the loop names the lead by its own fields; the form calls them unitId and personId
            redirect.addFlashAttribute("errors", e.errors().stream().map(error -> new FieldErrors.FieldError(
                    error.field().replace("leadUnitId", "unitId").replace("leadPersonId", "personId"), error.message())).toList());
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("name", name);
            form.put("title", title);
            form.put("tasks", tasks);
            form.put("unitId", unitId);
            form.put("personId", personId);
            form.put("deadline", deadline);
            redirect.addFlashAttribute("reformForm", form);
        }
        return "redirect:/business-environment/tasks?year=" + year;
    }

    @GetMapping("/indicators")
    String indicators(Model model) {
        model.addAttribute("indicators", evaluations.indicators());
        model.addAttribute("units", directory.units());
        return "businessenv/indicators";
    }

    @PostMapping("/indicators/{code}")
    String changeIndicator(@PathVariable @MaxLength(10) String code, @RequestParam BigDecimal weight,
                           @RequestParam(required = false) Long memberUnitId) {
        evaluations.changeIndicator(code, new EvaluationCommands.IndicatorChange(weight, memberUnitId));
        return "redirect:/business-environment/indicators";
    }

    private static BigDecimal number(String code, String text) {
        return parse("v_" + code, text, "businessenv.error.valueNumber");
    }

    private static BigDecimal parse(String field, String text, String key) {
        try {
            return new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            throw FieldErrors.of(field, StoredText.of(key, text.length() > 30 ? text.substring(0, 30) : text));
        }
    }

    private int lastYear() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE)).getYear() - 1;
    }
}
