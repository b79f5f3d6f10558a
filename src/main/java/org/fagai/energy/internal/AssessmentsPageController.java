package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.MessageText;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of 节能目标责任考核: the year's results, scoring on the scorecard, publishing, the .docx report, the rules. */
@Controller
class AssessmentsPageController {

    private final Assessments assessments;
    private final AssessmentDocuments documents;
    private final RuleStore rules;
    private final RuleSettings settings;
    private final EnergyAccess access;
    private final MessageText text;

    AssessmentsPageController(Assessments assessments, AssessmentDocuments documents, RuleStore rules, RuleSettings settings,
                              EnergyAccess access, MessageText text) {
        this.assessments = assessments;
        this.documents = documents;
        this.rules = rules;
        this.settings = settings;
        this.access = access;
        this.text = text;
    }

    /** The form: a subject and one score per indicator, in the scorecard's order; a note also gives the reason for overriding a suggestion. */
    record ScoreForm(Integer year, @MaxLength(12) String subjectType, @MaxLength(18) String subjectCode, @MaxLength(2000) String comment,
                     List<String> indicators, List<BigDecimal> scores, List<String> notes) {

        AssessmentCommands command() {
            List<AssessmentCommands.Score> list = new ArrayList<>();
            for (int i = 0; indicators != null && i < Math.min(indicators.size(), 50); i++) {
                String note = notes == null || notes.size() <= i ? null : notes.get(i);
                list.add(new AssessmentCommands.Score(indicators.get(i), scores == null || scores.size() <= i ? null : scores.get(i), note, note));
            }
            return new AssessmentCommands(year, subjectType, subjectCode, comment, list);
        }
    }

    @GetMapping("/energy/assessments")
    String list(@RequestParam(required = false) @CalendarYear Integer year, Model model) {
        CurrentUser user = access.reader();
        model.addAttribute("results", assessments.list(year, user));
        model.addAttribute("indicators", rules.indicators());
        model.addAttribute("rules", rules.rules());
        model.addAttribute("mayPlan", EnergyAccess.mayPlan(user));
        model.addAttribute("admin", user.isAdmin());
        model.addAttribute("year", year);
        return "energy/assessments";
    }

    @GetMapping("/energy/assessments/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @CalendarYear Integer year) {
        List<AssessmentView> rows = assessments.list(year, access.reader());
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("energy.assessment.export.file")))
                .body(Downloads.bytes(out -> EnergyWorkbooks.assessments(out, rows, text)));
    }

    @GetMapping("/energy/assessments/report")
    ResponseEntity<byte[]> report(@RequestParam @CalendarYear Integer year) {
        AssessmentDocuments.Document doc = documents.report(year);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, doc.disposition()).contentType(AssessmentDocuments.DOCX)
                .body(doc.bytes());
    }

    @PostMapping("/energy/assessments")
    String score(@ModelAttribute ScoreForm form, RedirectAttributes redirect) {
        try {
            AssessmentView a = assessments.score(form.command());
            redirect.addFlashAttribute("saved", text.get("energy.assessment.saved", a.subjectName(), a.totalScore(), text.get(a.gradeKey())));
            return "redirect:/energy/assessments/" + a.id();
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
            return "redirect:/energy/assessments";
        }
    }

    @GetMapping("/energy/assessments/{id}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = access.reader();
        model.addAttribute("a", assessments.get(id));
        model.addAttribute("mayPlan", EnergyAccess.mayPlan(user));
        return "energy/assessment";
    }

    @PostMapping("/energy/assessments/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        return saved(redirect, "/energy/assessments/" + id, () -> {
            assessments.publish(id);
            return text.get("energy.assessment.published");
        });
    }

    @PostMapping("/energy/rules")
    String saveRules(@ModelAttribute RuleSettings.Change change, RedirectAttributes redirect) {
        return saved(redirect, "/energy/assessments", () -> {
            settings.change(change);
            return text.get("energy.rules.saved");
        });
    }

    private static String saved(RedirectAttributes redirect, String page, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("saved", action.get());
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:" + page;
    }
}
