package org.fagai.project.internal.warnings;

import java.math.BigDecimal;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.project.internal.search.ProjectSearch;
import org.fagai.project.internal.settings.WarningSettingsStore;
import org.fagai.project.internal.settings.WarningThresholds;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.web.MessageText;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators set the 红黄绿灯 thresholds and the reporting window; warnings are recomputed at once. */
@Controller
@RequestMapping("/admin/project-settings")
class WarningSettingsController {

    private final WarningSettingsStore settings;
    private final WarningBook warnings;
    private final ProjectSearch search;
    private final AuditLog audit;
    private final MessageText text;

    WarningSettingsController(WarningSettingsStore settings, WarningBook warnings, ProjectSearch search, AuditLog audit,
                              MessageText text) {
        this.settings = settings;
        this.warnings = warnings;
        this.search = search;
        this.audit = audit;
        this.text = text;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("settings", settings.load());
        return "project/settings";
    }

    @PostMapping
    @Transactional
    String save(@RequestParam BigDecimal yellowGapPoints, @RequestParam BigDecimal redGapPoints,
                @RequestParam int lateStartRedMonths, @RequestParam int unregisteredYellowMonths,
                @RequestParam int unregisteredRedMonths, @RequestParam int reportWindowDays, RedirectAttributes redirect) {
        WarningThresholds thresholds;
        try {
            thresholds = new WarningThresholds(yellowGapPoints, redGapPoints, lateStartRedMonths, unregisteredYellowMonths,
                    unregisteredRedMonths, reportWindowDays);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("errors", FieldErrors.of("settings", e.getMessage()).errors());
            return "redirect:/admin/project-settings";
        }
        WarningThresholds before = settings.load();
        settings.save(thresholds);
        int current = warnings.lastClosedMonth().getYear();
        int rows = warnings.refreshYear(current);
        if (search.defaultYear() != current) {
            rows += warnings.refreshYear(search.defaultYear());
        }
        audit.record(AuditAction.UPDATE, "project-settings", "1", org.fagai.shared.StoredText.of("project.audit.settings",
                org.fagai.shared.Changes.stored(audited(before), audited(thresholds)), rows));
        redirect.addFlashAttribute("saved", text.get("project.settings.saved", rows));
        return "redirect:/admin/project-settings";
    }

    private static java.util.Map<String, Object> audited(WarningThresholds t) {
        java.util.Map<String, Object> fields = org.fagai.shared.Changes.snapshot();
        fields.put("settings.yellowGap", t.yellowGapPoints());
        fields.put("settings.redGap", t.redGapPoints());
        fields.put("settings.lateStart", t.lateStartRedMonths());
        fields.put("settings.unregisteredYellow", t.unregisteredYellowMonths());
        fields.put("settings.unregisteredRed", t.unregisteredRedMonths());
        fields.put("settings.window", t.reportWindowDays());
        return fields;
    }
}
