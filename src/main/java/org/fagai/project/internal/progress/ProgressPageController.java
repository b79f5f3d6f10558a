package org.fagai.project.internal;

import java.util.List;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ExcelImport;
import org.fagai.shared.web.ImportRejected;
import org.fagai.shared.web.MessageText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monthly report (月度调度) form: the user's projects that have a month open for reporting, and the
 * Excel imports of projects and progress for staff.
 */
@Controller
@RequestMapping("/projects")
class ProgressPageController {

    private final ProgressLedger ledger;
    private final ProjectImport imports;
    private final MessageText text;
    private final ProjectSheets sheets;

    private final ExcelImport excel;

    ProgressPageController(ProgressLedger ledger, ProjectImport imports, MessageText text, ProjectSheets sheets,
                           ExcelImport excel) {
        this.excel = excel;
        this.sheets = sheets;
        this.ledger = ledger;
        this.imports = imports;
        this.text = text;
    }

    @GetMapping("/report")
    String reportForm(@RequestParam(required = false) String code, Model model) {
        List<ProgressLedger.Reportable> open = ledger.reportable(200);
        model.addAttribute("reportable", open);
        model.addAttribute("selected", code);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ProgressInput(open.isEmpty() ? "" : open.get(0).months().get(0).toString(), null, "", ""));
        }
        return "project/report";
    }

    @PostMapping("/report")
    String report(@RequestParam @MaxLength(50) String code, @ModelAttribute("form") ProgressInput form, Model model, RedirectAttributes redirect) {
        try {
            int version = ledger.report(code, form);
            redirect.addFlashAttribute("saved", version == 1 ? text.get("project.report.saved", form.month())
                    : text.get("project.report.corrected", form.month(), version));
            return "redirect:/projects/" + code;
        } catch (FieldErrors e) {
            model.addAttribute("errors", e.errors());
            return reportForm(code, model);
        }
    }

    @GetMapping("/import/template/{kind}")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> template(
            @org.springframework.web.bind.annotation.PathVariable String kind) {
        boolean progress = "progress".equals(kind);
        return org.springframework.http.ResponseEntity.ok()
                .headers(org.fagai.shared.web.ExcelExport.downloadHeaders(progress ? "月度进度导入模板.xlsx" : "重点项目导入模板.xlsx"))
                .body(out -> {
                    if (progress) {
                        sheets.progressTemplate(out);
                    } else {
                        sheets.projectTemplate(out);
                    }
                });
    }

    @GetMapping("/import")
    String importPage() {
        return "project/import";
    }

    @PostMapping("/import")
    String importProjects(@RequestParam("file") MultipartFile file, @RequestParam String kind, Model model) {
        try {
            int imported = "progress".equals(kind)
                    ? excel.importFile(file, ImportColumns.PROGRESS_REQUIRED, imports::importProgress)
                    : excel.importFile(file, ImportColumns.PROJECT_REQUIRED, imports::importProjects);
            model.addAttribute("saved", text.get("project.import.done", imported));
        } catch (ImportRejected e) {
            model.addAttribute("importErrors", e.errors());
        }
        return "project/import";
    }
}
