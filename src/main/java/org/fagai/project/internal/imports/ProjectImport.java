package org.fagai.project.internal.imports;

import org.fagai.shared.StoredText;
import static org.fagai.project.internal.imports.ImportColumns.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.fagai.project.ProjectStage;
import org.fagai.shared.BulkPlans;
import org.fagai.project.internal.registry.Project;
import org.fagai.project.internal.registry.ProjectBulkCreate;
import org.fagai.project.internal.registry.ProjectInput;
import org.fagai.project.internal.registry.ProjectRegistry;
import org.fagai.project.internal.registry.ProjectRepository;
import org.fagai.project.internal.registry.ProjectScope;
import org.fagai.project.internal.registry.ProjectValidator;
import org.fagai.project.internal.registry.ValidProject;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.web.ExcelRow;
import org.fagai.shared.web.ImportError;
import org.fagai.shared.web.ImportRejected;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key-project import, all-or-nothing: every row is checked first, and a file with any bad row changes
 * nothing and answers every error with its row, column, value and reason.
 */
@Service
public class ProjectImport {

    private final ProjectRegistry registry;
    private final ProjectValidator validator;
    private final ProjectRepository projects;
    private final ProjectBulkCreate bulk;
    private final UserDirectory users;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    ProjectImport(ProjectRegistry registry, ProjectValidator validator, ProjectRepository projects, ProjectBulkCreate bulk,
                  UserDirectory users, AuditLog audit, JdbcTemplate jdbc) {
        this.registry = registry;
        this.validator = validator;
        this.projects = projects;
        this.bulk = bulk;
        this.users = users;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /**
     * New projects (no code, or a code not yet registered) are created together, set-based ({@link ProjectBulkCreate});
     * a known project, or a new code's further rows (another year or level), is updated row by row as before.
     */
    @Transactional
    public int importProjects(List<ExcelRow> rows) {
        BulkPlans.reuseGenericPlans(jdbc);
        ProjectScope scope = registry.scope();
        ProjectValidator validator = this.validator.forImport();
        Map<String, Project> existing = new HashMap<>();
        projects.findByCodeIn(rows.stream().map(r -> r.get(CODE).trim()).filter(c -> !c.isEmpty()).distinct().toList())
                .forEach(p -> existing.put(p.code(), p));
        List<ImportError> errors = new ArrayList<>();
        List<ProjectInput> inputs = new ArrayList<>();
        List<ValidProject> created = new ArrayList<>();
        Set<String> createdCodes = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (ExcelRow row : rows) {
            List<ImportError> rowErrors = new ArrayList<>();
            ProjectInput parsed = projectInput(row, rowErrors);
            Project known = parsed.code() == null ? null : existing.get(parsed.code().trim());
            ProjectInput input = known == null ? parsed : parsed.keepingUnlistedFieldsOf(known);
            stageRegression(row, parsed, known).ifPresent(rowErrors::add);
            if (rowErrors.isEmpty()) {
                try {
                    ValidProject valid = validator.validate(input, true);
                    if (!scope.user().canSeeRegion(valid.details().regionCode()) || scope.user().role() == Role.LEADER
                            || scope.user().role() == Role.OWNER) {
                        rowErrors.add(new ImportError(row.number(), REGION, row.get(REGION), StoredText.of("project.error.import.regionDenied")));
                    }
                    if (valid.code() != null) {
                        String key = valid.code() + "/" + row.get(YEAR) + "/" + row.get(LEVEL);
                        if (!seen.add(key)) {
                            rowErrors.add(new ImportError(row.number(), CODE, row.get(CODE), StoredText.of("project.error.import.duplicatePlan")));
                        }
                        Project other = existing.get(valid.code());
                        if (other != null && !scope.canSee(other.regionCode(), other.ownerCreditCode())) {
                            rowErrors.add(new ImportError(row.number(), CODE, row.get(CODE), StoredText.of("project.error.import.projectDenied")));
                        }
                    }
                    if (rowErrors.isEmpty() && (valid.code() == null || (!existing.containsKey(valid.code())
                            && createdCodes.add(valid.code())))) {
                        created.add(valid);
                        input = null;   // created in bulk below
                    }
                } catch (FieldErrors e) {
                    e.errors().forEach(f -> {
                        String column = FIELD_COLUMNS.getOrDefault(f.field(), f.field());
                        rowErrors.add(new ImportError(row.number(), column, row.get(column), f.message()));
                    });
                }
            }
            errors.addAll(rowErrors);
            if (input != null) {
                inputs.add(input);
            }
        }
        if (rows.isEmpty()) {
            errors.add(new ImportError(0, null, null, StoredText.of("project.error.import.noRows")));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        bulk.createAll(created, users.requireCurrent().username());
        for (ProjectInput input : inputs) {
            registry.upsert(input);
        }
        int imported = created.size() + inputs.size();
        audit.record(AuditAction.IMPORT, "project", null, org.fagai.shared.StoredText.of("project.audit.imported", imported));
        return imported;
    }

    /** An existing project's stage can only move forward. */
    private Optional<ImportError> stageRegression(ExcelRow row, ProjectInput input, Project known) {
        if (known == null || !ProjectInput.notBlank(input.stage())) {
            return Optional.empty();
        }
        try {
            ProjectStage wanted = ProjectStage.fromChinese(input.stage().trim());
            return Optional.of(known).filter(p -> wanted.compareTo(p.stage()) < 0)
                    .map(p -> new ImportError(row.number(), STAGE, row.get(STAGE), StoredText.of("project.error.stageBack",
                            StoredText.label("project.stage." + p.stage().name()))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ProjectInput projectInput(ExcelRow row, List<ImportError> errors) {
        Integer year = null;
        String yearText = row.get(YEAR);
        if (!yearText.isBlank()) {
            try {
                year = Integer.valueOf(yearText.replace("年", "").trim());
            } catch (NumberFormatException e) {
                errors.add(new ImportError(row.number(), YEAR, yearText, StoredText.of("project.error.import.year")));
            }
        }
        return new ProjectInput(ImportCells.blankToNull(row.get(CODE)), row.get(NAME), row.get(OWNER), ImportCells.blankToNull(row.get(CREDIT)), null, null,
                row.get(REGION), ImportCells.blankToNull(row.get(INDUSTRY)), ImportCells.blankToNull(row.get(LOCATION)), ImportCells.blankToNull(row.get(SCALE)),
                ImportCells.monthText(row.get(START)), ImportCells.monthText(row.get(END)), ImportCells.amount(row, TOTAL, errors), null, null, null, null, null, null,
                null, row.get(STAGE), year, row.get(LEVEL), row.get(NATURE), ImportCells.amount(row, PLAN, errors),
                ImportCells.blankToNull(row.get(INVESTMENT_TYPE)));
    }
}
