package org.fagai.enterprise.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.enterprise.EnterpriseFlag;
import org.fagai.enterprise.EnterpriseView;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.ImportRejected;
import org.fagai.shared.web.MessageText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording an inspection on site (a phone at the enterprise): the plan and enterprise, the checklist, up to three hazards
 * each with a photo; then the inspection with its hazards, where more hazards are added one by one.
 */
@Controller
class InspectionPageController {

    /** Hazard rows on the form; more are added on the inspection's page. */
    static final int FORM_HAZARDS = 3;
    private static final int MAX_CHOICES = 500;

    private final Safety safety;
    private final HazardQueries queries;
    private final Enterprises enterprises;
    private final Photos photos;
    private final EnterpriseAccess access;
    private final MessageText text;

    InspectionPageController(Safety safety, HazardQueries queries, Enterprises enterprises, Photos photos, EnterpriseAccess access,
                             MessageText text) {
        this.safety = safety;
        this.queries = queries;
        this.enterprises = enterprises;
        this.photos = photos;
        this.access = access;
        this.text = text;
    }

    record InspectionForm(Long planId, @MaxLength(18) String creditCode, LocalDate inspectedOn, @MaxLength(200) String inspectors,
                          @MaxLength(MaxLength.TEXT) String notes) {
    }

    @GetMapping("/safety/inspections/new")
    String create(@RequestParam(required = false) Long planId, @RequestParam(required = false) @MaxLength(18) String creditCode,
                  Model model) {
        CurrentUser user = access.keeper();
        return form(model, new InspectionForm(planId, creditCode, today(), user.displayName(), null), List.of(), List.of(), List.of());
    }

    @PostMapping("/safety/inspections")
    String inspect(@ModelAttribute InspectionForm form, @RequestParam(name = "check", required = false) List<String> checks,
                   @RequestParam(name = "hazardDescription", required = false) List<String> descriptions,
                   @RequestParam(name = "hazardLevel", required = false) List<String> levels,
                   @RequestParam(name = "photo0", required = false) MultipartFile photo0,
                   @RequestParam(name = "photo1", required = false) MultipartFile photo1,
                   @RequestParam(name = "photo2", required = false) MultipartFile photo2,
                   Model model, RedirectAttributes redirect) {
        List<MultipartFile> rowPhotos = java.util.Arrays.asList(photo0, photo1, photo2);
        List<SafetyCommands.NewHazard> hazards = new ArrayList<>();
        List<MultipartFile> hazardPhotos = new ArrayList<>();
        int rows = Math.min(FORM_HAZARDS, descriptions == null ? 0 : descriptions.size());
        for (int i = 0; i < rows; i++) {
            String description = descriptions.get(i);
            MultipartFile photo = rowPhotos.get(i);
            boolean hasPhoto = photo != null && !photo.isEmpty();
            if ((description == null || description.isBlank()) && !hasPhoto) {
                continue;
            }
            hazards.add(new SafetyCommands.NewHazard(description, levels != null && i < levels.size() ? levels.get(i) : null));
            hazardPhotos.add(photo);
        }
        try {
            long id = safety.inspect(new SafetyCommands.Inspection(form.planId(), form.creditCode(), form.inspectedOn(),
                    form.inspectors(), SafetyChecklist.text(checks), form.notes(), hazards), hazardPhotos);
            redirect.addFlashAttribute("saved", text.get("enterprise.safety.inspection.saved", hazards.size()));
            return "redirect:/safety/inspections/" + id;
        } catch (FieldErrors e) {
            model.addAttribute("errors", e.errors());
        } catch (ImportRejected e) {
            model.addAttribute("errors", UploadErrors.of("photo", e));
        }
        return form(model, form, checks == null ? List.of() : checks, descriptions == null ? List.of() : descriptions,
                levels == null ? List.of() : levels);
    }

    private String form(Model model, InspectionForm form, List<String> checks, List<String> descriptions, List<String> levels) {
        CurrentUser user = access.keeper();
        YearMonth month = YearMonth.from(today());
        List<HazardQueries.PlanRow> plans = new ArrayList<>(queries.plans(month, user));
        plans.addAll(queries.plans(month.minusMonths(1), user));
        HazardQueries.PlanRow plan = plans.stream().filter(p -> p.id() == (form.planId() == null ? -1 : form.planId())).findFirst()
                .orElse(plans.isEmpty() ? null : plans.get(0));
        model.addAttribute("form", form);
        model.addAttribute("plans", plans);
        model.addAttribute("selectedPlan", plan == null ? null : plan.id());
        model.addAttribute("choices", choices(plan, form.creditCode(), user, month.getYear()));
        model.addAttribute("checkItems", SafetyChecklist.Item.values());
        model.addAttribute("answers", answers(checks));
        model.addAttribute("descriptions", padded(descriptions));
        model.addAttribute("levels", padded(levels));
        model.addAttribute("rows", java.util.stream.IntStream.range(0, FORM_HAZARDS).boxed().toList());
        model.addAttribute("today", today());
        return "enterprise/inspection-form";
    }

    /** The enterprises the plan covers (its flag in its region), or the stone enterprises of the user's region; plus the one asked for. */
    private List<EnterpriseView> choices(HazardQueries.PlanRow plan, String creditCode, CurrentUser user, int year) {
        EnterpriseFlag flag = plan == null ? EnterpriseFlag.STONE : EnterpriseFlag.valueOf(plan.flag());
        String region = plan == null ? user.regionCode() : plan.regionCode();
        List<String> codes = new ArrayList<>(enterprises.withFlag(flag, year, region));
        if (codes.size() > MAX_CHOICES) {
            codes = new ArrayList<>(codes.subList(0, MAX_CHOICES));
        }
        Map<String, EnterpriseView> found = new LinkedHashMap<>(enterprises.findAll(codes));
        if (creditCode != null && !creditCode.isBlank() && !found.containsKey(creditCode.strip().toUpperCase())) {
            try {
                EnterpriseView asked = enterprises.get(creditCode);
                found.put(asked.creditCode(), asked);
            } catch (NotFoundException e) {
                // an unknown or foreign code is simply not offered
            }
        }
        List<EnterpriseView> list = new ArrayList<>(found.values());
        list.sort(Comparator.comparing(EnterpriseView::regionCode).thenComparing(EnterpriseView::name));
        return list;
    }

    private static Map<String, String> answers(List<String> checks) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String check : checks) {
            String[] parts = check == null ? new String[0] : check.split(":", 2);
            if (parts.length == 2) {
                answers.put(parts[0], parts[1]);
            }
        }
        return answers;
    }

    private static List<String> padded(List<String> values) {
        List<String> padded = new ArrayList<>();
        for (int i = 0; i < FORM_HAZARDS; i++) {
            padded.add(i < values.size() ? values.get(i) : "");
        }
        return padded;
    }

    @GetMapping("/safety/inspections/{id}")
    String inspection(@PathVariable long id, Model model) {
        CurrentUser user = access.handler();
        HazardQueries.InspectionView inspection = queries.inspection(id)
                .filter(i -> EnterpriseAccess.visible(user, i.creditCode(), i.regionCode()))
                .orElseThrow(() -> new NotFoundException(StoredText.of("enterprise.error.inspectionNotVisible", id)));
        model.addAttribute("inspection", inspection);
        Map<Long, List<Long>> hazardPhotos = new LinkedHashMap<>();
        inspection.hazards().forEach(h -> hazardPhotos.put(h.id(), photos.of(Safety.HAZARD_PHOTO, h.id())));
        model.addAttribute("photos", hazardPhotos);
        model.addAttribute("keeper", EnterprisePageController.keeper(user));
        return "enterprise/inspection";
    }

    record HazardForm(@MaxLength(MaxLength.TEXT) String description, @MaxLength(10) String level) {
    }

    @PostMapping("/safety/inspections/{id}/hazards")
    String addHazard(@PathVariable long id, @ModelAttribute HazardForm form,
                     @RequestParam(value = "photo", required = false) MultipartFile photo, RedirectAttributes redirect) {
        try {
            safety.addHazard(id, new SafetyCommands.NewHazard(form.description(), form.level()), photo);
            redirect.addFlashAttribute("saved", text.get("enterprise.safety.hazard.added"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        } catch (ImportRejected e) {
            redirect.addFlashAttribute("errors", UploadErrors.of("photo", e));
        }
        return "redirect:/safety/inspections/" + id;
    }

    private static LocalDate today() {
        return LocalDate.now(ChinaTime.ZONE);
    }
}
