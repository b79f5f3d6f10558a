package org.fagai.project.internal.imports;

import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.ExcelImport;
import org.fagai.shared.web.ImportRejected;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.ReaderLanguage;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The Excel imports of projects and progress for staff, with their templates. */
@Controller
@RequestMapping("/projects")
class ImportPageController {

    private static final String PROGRESS = "progress";

    private final ProjectImport imports;
    private final ProgressImport progressImport;
    private final ImportTemplates templates;
    private final ExcelImport excel;
    private final MessageText text;

    ImportPageController(ProjectImport imports, ProgressImport progressImport, ImportTemplates templates, ExcelImport excel, MessageText text) {
        this.imports = imports;
        this.progressImport = progressImport;
        this.templates = templates;
        this.excel = excel;
        this.text = text;
    }

    @GetMapping("/import/template/{kind}")
    ResponseEntity<StreamingResponseBody> template(@PathVariable String kind) {
        boolean progress = PROGRESS.equals(kind);
        return ResponseEntity.ok()
                .headers(ExcelExport.downloadHeaders(text.get(progress ? ImportTemplates.PROGRESS_FILE_KEY : ImportTemplates.PROJECT_FILE_KEY)))
                .body(ReaderLanguage.carried(out -> {
                    if (progress) {
                        templates.progressTemplate(out);
                    } else {
                        templates.projectTemplate(out);
                    }
                }));
    }

    @GetMapping("/import")
    String importPage() {
        return "project/import";
    }

    @PostMapping("/import")
    String importProjects(@RequestParam("file") MultipartFile file, @RequestParam String kind, Model model) {
        try {
            int imported = PROGRESS.equals(kind)
                    ? excel.importFile(file, ImportColumns.PROGRESS_REQUIRED, progressImport::importProgress)
                    : excel.importFile(file, ImportColumns.PROJECT_REQUIRED, imports::importProjects);
            model.addAttribute("saved", text.get("project.import.done", imported));
        } catch (ImportRejected e) {
            model.addAttribute("importErrors", e.errors());
        }
        return "project/import";
    }
}
