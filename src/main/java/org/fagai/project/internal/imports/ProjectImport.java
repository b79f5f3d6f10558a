package org.fagai.project.internal.imports;

import static org.fagai.project.internal.imports.ImportColumns.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.fagai.project.ProgressReported;
import org.fagai.project.ProjectStage;
import org.fagai.project.internal.progress.ProgressInput;
import org.fagai.project.internal.progress.ProgressReport;
import org.fagai.project.internal.progress.ProgressStore;
import org.fagai.project.internal.progress.ReportingWindow;
import org.fagai.project.internal.registry.BulkPlans;
import org.fagai.project.internal.registry.Project;
import org.fagai.project.internal.registry.ProjectBulkCreate;
import org.fagai.project.internal.registry.ProjectInput;
import org.fagai.project.internal.registry.ProjectRegistry;
import org.fagai.project.internal.registry.ProjectRepository;
import org.fagai.project.internal.registry.ProjectScope;
import org.fagai.project.internal.registry.ProjectValidator;
import org.fagai.project.internal.registry.ValidProject;
import org.fagai.project.internal.settings.WarningSettingsStore;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.ExcelRow;
import org.fagai.shared.web.ImportError;
import org.fagai.shared.web.ImportRejected;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two Excel imports, all-or-nothing: every row is checked first, and a file with any bad row changes
 * nothing and answers every error with its row, column, value and reason.
 */
@Service
public class ProjectImport {

    /** How much of an over-long cell an error quotes. */
    private static final int QUOTED_LENGTH = 20;

    private final ProjectRegistry registry;
    private final ProjectValidator validator;
    private final ProjectRepository projects;
    private final ApplicationEventPublisher publisher;
    private final WarningSettingsStore settings;
    private final UserDirectory users;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ProjectBulkCreate bulk;
    private final ProgressStore progress;

    ProjectImport(ProjectRegistry registry, ProjectValidator validator, ProjectRepository projects, ApplicationEventPublisher publisher,
                  WarningSettingsStore settings, UserDirectory users, AuditLog audit, JdbcTemplate jdbc, Clock clock,
                  ProjectBulkCreate bulk, ProgressStore progress) {
        this.bulk = bulk;
        this.progress = progress;
        this.registry = registry;
        this.validator = validator;
        this.projects = projects;
        this.publisher = publisher;
        this.settings = settings;
        this.users = users;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
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
                        rowErrors.add(new ImportError(row.number(), REGION, row.get(REGION), "地区不在您的管辖范围内，或当前角色不能导入项目"));
                    }
                    if (valid.code() != null) {
                        String key = valid.code() + "/" + row.get(YEAR) + "/" + row.get(LEVEL);
                        if (!seen.add(key)) {
                            rowErrors.add(new ImportError(row.number(), CODE, row.get(CODE), "文件中该项目同一年度、级别重复出现"));
                        }
                        Project other = existing.get(valid.code());
                        if (other != null && !scope.canSee(other.regionCode(), other.ownerCreditCode())) {
                            rowErrors.add(new ImportError(row.number(), CODE, row.get(CODE), "项目不在您的管辖范围内"));
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
            errors.add(new ImportError(0, null, null, "文件中没有数据行"));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        bulk.createAll(created, users.requireCurrent().username());
        for (ProjectInput input : inputs) {
            registry.upsert(input);
        }
        int imported = created.size() + inputs.size();
        audit.record(AuditAction.IMPORT, "project", null, "导入重点项目 " + imported + " 行");
        return imported;
    }

    /** An existing project's stage can only move forward. */
    private java.util.Optional<ImportError> stageRegression(ExcelRow row, ProjectInput input, Project known) {
        if (known == null || !ProjectInput.notBlank(input.stage())) {
            return java.util.Optional.empty();
        }
        try {
            ProjectStage wanted = ProjectStage.fromChinese(input.stage().trim());
            return java.util.Optional.of(known).filter(p -> wanted.compareTo(p.stage()) < 0)
                    .map(p -> new ImportError(row.number(), STAGE, row.get(STAGE), "项目阶段不能回退：当前为“" + p.stage().chinese() + "”"));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static ProjectInput projectInput(ExcelRow row, List<ImportError> errors) {
        Integer year = null;
        String yearText = row.get(YEAR);
        if (!yearText.isBlank()) {
            try {
                year = Integer.valueOf(yearText.replace("年", "").trim());
            } catch (NumberFormatException e) {
                errors.add(new ImportError(row.number(), YEAR, yearText, "计划年度应为4位年份，如 2023"));
            }
        }
        return new ProjectInput(blankToNull(row.get(CODE)), row.get(NAME), row.get(OWNER), blankToNull(row.get(CREDIT)), null, null,
                row.get(REGION), blankToNull(row.get(INDUSTRY)), blankToNull(row.get(LOCATION)), blankToNull(row.get(SCALE)),
                monthText(row.get(START)), monthText(row.get(END)), amount(row, TOTAL, errors), null, null, null, null, null, null,
                null, row.get(STAGE), year, row.get(LEVEL), row.get(NATURE), amount(row, PLAN, errors));
    }

    /**
     * Imports progress rows in bulk: every row is held to the rules of a {@link ProgressReport} and its project's terms,
     * then all are stored through the one write path.
     */
    @Transactional
    public int importProgress(List<ExcelRow> rows) {
        BulkPlans.reuseGenericPlans(jdbc);
        CurrentUser user = users.requireCurrent();
        if (user.role() == Role.LEADER) {
            throw new AccessDeniedException("委领导只能查看进度，不能填报");
        }
        Map<String, Object[]> projectsByCode = loadProjects(rows, new ProjectScope(user));
        LocalDate today = LocalDate.now(clock);
        ReportingWindow window = new ReportingWindow(settings.load().reportWindowDays());
        Set<String> plans = loadPlans(projectsByCode);
        Map<String, LocalDate> reopened = loadReopened(projectsByCode);
        List<ImportError> errors = new ArrayList<>();
        List<ProgressStore.Entry> entries = new ArrayList<>();
        Map<Integer, Set<Long>> touched = new HashMap<>();
        Map<Integer, Integer> earliestMonth = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (ExcelRow row : rows) {
            int before = errors.size();
            String code = row.get(CODE);
            Object[] project = projectsByCode.get(code);
            if (code.isBlank()) {
                errors.add(new ImportError(row.number(), CODE, code, "项目代码不能为空"));
            } else if (project == null) {
                errors.add(new ImportError(row.number(), CODE, code, "项目不存在或不在您的管辖范围内"));
            }
            int beforeAmount = errors.size();
            BigDecimal amount = amount(row, AMOUNT, errors);
            boolean amountUnreadable = errors.size() > beforeAmount;   // not a number: that is its error, not a missing one
            ProgressReport.Terms terms = project == null ? null : new ProgressReport.Terms((BigDecimal) project[1],
                    year -> plans.contains(project[0] + "/" + year), window, today, month -> reopened.get(project[0] + "/" + month));
            ProgressReport report = null;
            try {
                report = ProgressReport.of(new ProgressInput(monthText(row.get(MONTH)), amount, row.get(SITE), row.get(PROBLEMS)),
                        terms);
            } catch (FieldErrors e) {
                e.errors().stream().filter(f -> !(amountUnreadable && f.field().equals("completedInvestment")))
                        .forEach(f -> errors.add(new ImportError(row.number(), FIELD_COLUMNS.get(f.field()),
                                cell(row, FIELD_COLUMNS.get(f.field())), f.message())));
            }
            if (report != null && project != null && !seen.add(code + "@" + report.month())) {
                errors.add(new ImportError(row.number(), MONTH, row.get(MONTH), "文件中同一项目同一月份重复出现"));
            }
            if (errors.size() == before) {
                long id = (Long) project[0];
                entries.add(new ProgressStore.Entry(id, report));
                touched.computeIfAbsent(report.month().getYear(), y -> new HashSet<>()).add(id);
                earliestMonth.merge(report.month().getYear(), report.month().getMonthValue(), Math::min);
            }
        }
        if (rows.isEmpty()) {
            errors.add(new ImportError(0, null, null, "文件中没有数据行"));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        progress.store(entries, user.username());
        touched.forEach((year, ids) -> publisher.publishEvent(new ProgressReported(year, earliestMonth.get(year), List.copyOf(ids))));
        audit.record(AuditAction.IMPORT, "progress", null, "导入月度进度 " + entries.size() + " 行");
        return entries.size();
    }

    /** A cell as an error quotes it: a long site status by its beginning. */
    private static String cell(ExcelRow row, String column) {
        String value = row.get(column);
        return SITE.equals(column) && value.length() > MaxLength.TEXT ? value.substring(0, QUOTED_LENGTH) + "…" : value;
    }

    /** Code → {id, total investment} of the visible projects named in the file. */
    private Map<String, Object[]> loadProjects(List<ExcelRow> rows, ProjectScope scope) {
        String[] codes = rows.stream().map(r -> r.get(CODE)).filter(c -> !c.isBlank()).distinct().toArray(String[]::new);
        List<Object> params = new ArrayList<>();
        params.add(codes);
        String visible = scope.sql(params);
        Map<String, Object[]> result = new HashMap<>();
        jdbc.query("SELECT p.id, p.code, p.total_investment FROM project p WHERE p.code IN (SELECT unnest(?::varchar[])) AND " + visible, rs -> {
            result.put(rs.getString("code"), new Object[] {rs.getLong("id"), rs.getBigDecimal("total_investment")});
        }, params.toArray());
        return result;
    }

    private Set<String> loadPlans(Map<String, Object[]> projects) {
        Set<String> plans = new HashSet<>();
        Long[] ids = projects.values().stream().map(p -> (Long) p[0]).toArray(Long[]::new);
        jdbc.query("SELECT DISTINCT project_id, year FROM project_plan WHERE project_id IN (SELECT unnest(?::bigint[]))",
                rs -> {
                    plans.add(rs.getLong(1) + "/" + rs.getInt(2));
                }, (Object) ids);
        return plans;
    }

    private Map<String, LocalDate> loadReopened(Map<String, Object[]> projects) {
        Map<String, LocalDate> reopened = new HashMap<>();
        Long[] ids = projects.values().stream().map(p -> (Long) p[0]).toArray(Long[]::new);
        jdbc.query("SELECT project_id, month, open_until FROM project_month_reopen WHERE project_id IN (SELECT unnest(?::bigint[]))",
                rs -> {
                    reopened.put(rs.getLong(1) + "/" + YearMonth.from(rs.getObject(2, LocalDate.class)),
                            rs.getObject(3, LocalDate.class));
                }, (Object) ids);
        return reopened;
    }

    static String monthText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim().replace('/', '-').replace('.', '-').replace("年", "-").replace("月", "");
        if (t.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
            t = t.substring(0, t.lastIndexOf('-'));
        }
        if (t.matches("\\d{4}-\\d")) {
            t = t.substring(0, 5) + "0" + t.substring(5);
        }
        return t;
    }

    private static BigDecimal amount(ExcelRow row, String column, List<ImportError> errors) {
        String text = row.get(column).replace(",", "").replace("，", "");
        if (text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.add(new ImportError(row.number(), column, row.get(column), "应为数字（万元）"));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
