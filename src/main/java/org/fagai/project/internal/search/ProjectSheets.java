package org.fagai.project.internal.search;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.project.internal.imports.ImportColumns;
import org.fagai.project.internal.imports.ImportTemplates;
import org.fagai.shared.web.ExcelTemplate;
import org.fagai.shared.web.MessageText;
import org.springframework.stereotype.Component;

/**
 * The key-project list as Excel. The export is the import template filled with the list (the import's
 * columns first, then computed columns the import ignores), so an exported file can be edited and imported.
 */
@Component
public class ProjectSheets {

    /** The computed columns' headers (message keys): in the reader's language, as the import ignores them. */
    static final List<String> COMPUTED = List.of("project.export.computed.region", "project.export.computed.yearToDate",
            "project.export.computed.planPercent", "project.export.computed.warning");

    private final ProjectSearch search;
    private final AuditLog audit;
    private final MessageText text;

    ProjectSheets(ProjectSearch search, AuditLog audit, MessageText text) {
        this.search = search;
        this.audit = audit;
        this.text = text;
    }

    /**
     * The import's columns keep their Chinese values in every language (the file is the import template: its headers,
     * drop-downs and the importer read Chinese); the computed columns, the warning and the title follow the reader.
     */

    public ByteArrayOutputStream export(ProjectQuery query) {
        List<List<?>> rows = new ArrayList<>();
        search.stream(query, p -> rows.add(Arrays.asList(p.code(), p.name(), p.year(),
                p.level().chinese(), p.nature().chinese(), p.stage().chinese(), p.regionCode(), p.industryCode(), p.ownerUnit(),
                p.ownerCreditCode(), p.location(), p.scaleContent(), p.startMonth() == null ? null : p.startMonth().toString(),
                p.endMonth() == null ? null : p.endMonth().toString(), p.totalInvestment(), p.plannedInvestment(),
                p.investmentType().chinese(),
                p.regionName(), p.yearToDate(), p.planPercent(), p.warning() == null ? "" : text.get("project.warning." + p.warning().name()))));
        List<ExcelTemplate.Column> columns = new ArrayList<>(ImportColumns.projectTemplate(text::get));
        COMPUTED.forEach(c -> columns.add(new ExcelTemplate.Column(text.get(c), text.get("project.export.computed.note"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelTemplate.write(out, text.get(ImportTemplates.PROJECT_SHEET_KEY), text.get("project.export.title"), columns, rows);
        audit.record(AuditAction.EXPORT, "project", null, org.fagai.shared.StoredText.of("project.audit.exported", rows.size()));
        return out;
    }
}
