package org.fagai.project.internal;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jakarta.validation.Valid;
import org.fagai.project.ProjectLevel;
import org.fagai.project.ProjectNature;
import org.fagai.project.ProjectStage;
import org.fagai.project.WarningColour;
import org.fagai.project.internal.dashboard.ProjectStatistics;
import org.fagai.project.internal.imports.ImportColumns;
import org.fagai.project.internal.imports.ImportTemplates;
import org.fagai.project.internal.imports.ProgressImport;
import org.fagai.project.internal.imports.ProjectImport;
import org.fagai.project.internal.progress.ProgressInput;
import org.fagai.project.internal.progress.ProgressLedger;
import org.fagai.project.internal.progress.ProgressRow;
import org.fagai.project.internal.registry.ProjectInput;
import org.fagai.project.internal.registry.ProjectRegistry;
import org.fagai.project.internal.registry.ProjectView;
import org.fagai.project.internal.search.ProjectQuery;
import org.fagai.project.internal.search.ProjectSearch;
import org.fagai.project.internal.search.ProjectSheets;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.StoredText;
import org.fagai.shared.Years;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.ExcelImport;
import org.fagai.shared.web.Formats;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The key-project API: registry, stage, progress, warnings, summary, imports and export. Money in 万元. */
@ApiController("/api/v1/projects")
class ProjectApiController {

    private final ProjectRegistry registry;
    private final ProjectSearch search;
    private final ProgressLedger ledger;
    private final ProjectStatistics statistics;
    private final ProjectImport imports;
    private final ProgressImport progressImport;
    private final ProjectSheets sheets;
    private final ExcelImport excel;
    private final ImportTemplates templates;
    private final Formats fmt;
    private final MessageText text;

    ProjectApiController(ProjectRegistry registry, ProjectSearch search, ProgressLedger ledger, ProjectStatistics statistics,
                         ProjectImport imports, ProgressImport progressImport, ProjectSheets sheets, ExcelImport excel, ImportTemplates templates,
                         Formats fmt, MessageText text) {
        this.fmt = fmt;
        this.text = text;
        this.excel = excel;
        this.templates = templates;
        this.registry = registry;
        this.search = search;
        this.ledger = ledger;
        this.statistics = statistics;
        this.imports = imports;
        this.progressImport = progressImport;
        this.sheets = sheets;
    }

    @PostMapping
    ResponseEntity<ProjectView> create(@RequestBody ProjectInput input) {
        String code = registry.create(input);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{code}").build(code))
                .body(view(code));
    }

    /** The project in the reader's language: its stage's name and its history's sentences. */
    private ProjectView view(String code) {
        return registry.view(code).readIn(fmt::stored, stage -> text.get("project.stage." + stage.name()));
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) @CalendarYear Integer year, @RequestParam(required = false) ProjectLevel level,
                             @RequestParam(required = false) ProjectNature nature, @RequestParam(required = false) ProjectStage stage,
                             @RequestParam(required = false) String region, @RequestParam(required = false) String industry,
                             @RequestParam(required = false) WarningColour warning, @RequestParam(required = false) String q,
                             @RequestParam(required = false) String sort, @RequestParam(defaultValue = "false") boolean desc,
                             @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size) {
        ProjectSearch.Page result = search.search(new ProjectQuery(year, level, nature, stage, region, industry, warning, q, sort,
                desc, page, size));
        return Map.of("items", result.items(), "total", result.total(), "page", page, "size", Math.min(size, ProjectQuery.MAX_PAGE_SIZE),
                "year", result.year(), "warningMonth", result.warningMonth().toString());
    }

    @GetMapping("/{code}")
    ProjectView get(@PathVariable String code) {
        return view(code);
    }

    @PutMapping("/{code}")
    ProjectView update(@PathVariable String code, @RequestBody ProjectInput input) {
        registry.update(code, input);
        return view(code);
    }

    record StageChange(ProjectStage stage, LocalDate date, @MaxLength(MaxLength.TEXT) String note) {
    }

    @PostMapping("/{code}/stage")
    ProjectView changeStage(@PathVariable String code, @Valid @RequestBody StageChange change) {
        if (change.stage() == null) {
            throw FieldErrors.of("stage", StoredText.of("project.error.stageTarget"));
        }
        registry.changeStage(code, change.stage(), change.date(), change.note());
        return view(code);
    }

    record Registration(LocalDate registeredOn) {
    }

    @PostMapping("/{code}/registration")
    ProjectView register(@PathVariable String code, @RequestBody Registration registration) {
        registry.register(code, registration.registeredOn());
        return view(code);
    }

    record CodeChange(@MaxLength(50) String newCode) {
    }

    @PostMapping("/{code}/code")
    ProjectView replaceCode(@PathVariable String code, @Valid @RequestBody CodeChange change) {
        return view(registry.replaceCode(code, change.newCode()));
    }

    @PostMapping("/{code}/progress")
    ResponseEntity<Map<String, Object>> report(@PathVariable String code, @RequestBody ProgressInput input) {
        int version = ledger.report(code, input);
        List<ProgressRow> history = ledger.history(code);
        ProgressRow row = history.stream().filter(r -> r.month().toString().equals(input.month().trim())).findFirst().orElseThrow();
        return ResponseEntity.status(version == 1 ? HttpStatus.CREATED : HttpStatus.OK).body(Map.of("version", version, "progress", row));
    }

    @GetMapping("/{code}/progress")
    List<ProgressRow> progress(@PathVariable String code) {
        return ledger.history(code);
    }

    @PostMapping("/{code}/progress/{month}/reopen")
    Map<String, Object> reopen(@PathVariable String code, @PathVariable String month) {
        ledger.reopen(code, parseMonth(month));
        return Map.of("code", code, "month", month, "open", true);
    }

    record WarningLine(String code, String name, String regionName, WarningColour colour, List<String> reasons) {
    }

    @GetMapping("/warnings")
    Map<String, Object> warnings(@RequestParam String month, @RequestParam(required = false) ProjectLevel level,
                                 @RequestParam(required = false) WarningColour colour) {
        YearMonth m = parseMonth(month);
        List<WarningLine> lines = new ArrayList<>();
        search.streamForMonth(m, level, colour, item -> lines.add(new WarningLine(item.code(), item.name(), item.regionName(),
                item.warning() == null ? WarningColour.GREEN : item.warning(),
                fmt.storedItems(item.warningReasons()))));
        return Map.of("month", m.toString(), "count", lines.size(), "projects", lines);
    }

    @GetMapping("/summary")
    ProjectStatistics.Summary summary(@RequestParam @CalendarYear int year, @RequestParam(required = false) ProjectLevel level) {
        return statistics.summary(year, level);
    }

    @GetMapping("/dashboard")
    ProjectStatistics.Dashboard dashboard(@RequestParam @CalendarYear int year, @RequestParam(required = false) ProjectLevel level) {
        return statistics.dashboard(year, level);
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @CalendarYear Integer year,
                                                 @RequestParam(required = false) ProjectLevel level,
                                                 @RequestParam(required = false) ProjectNature nature,
                                                 @RequestParam(required = false) ProjectStage stage,
                                                 @RequestParam(required = false) String region,
                                                 @RequestParam(required = false) String industry,
                                                 @RequestParam(required = false) WarningColour warning,
                                                 @RequestParam(required = false) String q) {
        ProjectQuery query = new ProjectQuery(year, level, nature, stage, region, industry, warning, q, null, false, 0, 0);
        ByteArrayOutputStream out = sheets.export(query);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("project.export.file"))).body(out.toByteArray());
    }

    @PostMapping("/import")
    Map<String, Integer> importProjects(@RequestParam("file") MultipartFile file) {
        return Map.of("imported", excel.importFile(file, ImportColumns.PROJECT_REQUIRED, imports::importProjects));
    }

    @GetMapping("/import")
    ResponseEntity<byte[]> projectTemplate() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        templates.projectTemplate(out);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get(ImportTemplates.PROJECT_FILE_KEY))).body(out.toByteArray());
    }

    @PostMapping("/progress/import")
    Map<String, Integer> importProgress(@RequestParam("file") MultipartFile file) {
        return Map.of("imported", excel.importFile(file, ImportColumns.PROGRESS_REQUIRED, progressImport::importProgress));
    }

    @GetMapping("/progress/import")
    ResponseEntity<byte[]> progressTemplate() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        templates.progressTemplate(out);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get(ImportTemplates.PROGRESS_FILE_KEY))).body(out.toByteArray());
    }

    static YearMonth parseMonth(String month) {
        return Years.month("month", month);
    }
}
