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
import org.fagai.project.internal.progress.ProgressInput;
import org.fagai.project.internal.progress.ProgressReport;
import org.fagai.project.internal.progress.ProgressStore;
import org.fagai.project.internal.progress.ReportingWindow;
import org.fagai.project.internal.registry.ProjectScope;
import org.fagai.shared.BulkPlans;
import org.fagai.project.internal.settings.WarningSettingsStore;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.ExcelRow;
import org.fagai.shared.web.ImportError;
import org.fagai.shared.web.ImportRejected;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly progress import, all-or-nothing: every row is a {@link ProgressReport} held to its project's terms, and the
 * rows are stored through the one write path the form and the API use; a file with any bad row changes nothing and
 * answers every error with its row, column, value and reason.
 */
@Service
public class ProgressImport {

    /** How much of an over-long cell an error quotes. */
    private static final int QUOTED_LENGTH = 20;

    private final ProgressStore progress;
    private final WarningSettingsStore settings;
    private final UserDirectory users;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ProgressImport(ProgressStore progress, WarningSettingsStore settings, UserDirectory users, AuditLog audit,
                   ApplicationEventPublisher publisher, JdbcTemplate jdbc, Clock clock) {
        this.progress = progress;
        this.settings = settings;
        this.users = users;
        this.audit = audit;
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.clock = clock;
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
        Set<String> plans = new HashSet<>();
        Map<String, Object[]> projectsByCode = loadProjects(rows, new ProjectScope(user), plans);
        LocalDate today = LocalDate.now(clock);
        ReportingWindow window = new ReportingWindow(settings.load().reportWindowDays());
        Map<String, LocalDate> reopened = loadReopened(projectsByCode);
        List<ImportError> errors = new ArrayList<>();
        List<ProgressStore.Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ExcelRow row : rows) {
            int before = errors.size();
            String code = row.get(CODE);
            Object[] project = projectsByCode.get(code);
            if (code.isBlank()) {
                errors.add(new ImportError(row.number(), CODE, code, StoredText.of("project.error.codeRequired")));
            } else if (project == null) {
                errors.add(new ImportError(row.number(), CODE, code, StoredText.of("project.error.import.outOfScope")));
            }
            int beforeAmount = errors.size();
            BigDecimal amount = ImportCells.amount(row, AMOUNT, errors);
            boolean amountUnreadable = errors.size() > beforeAmount;   // not a number: that is its error, not a missing one
            ProgressReport.Terms terms = project == null ? null : new ProgressReport.Terms((BigDecimal) project[1],
                    year -> plans.contains(project[0] + "/" + year), window, today, month -> reopened.get(project[0] + "/" + month));
            ProgressReport report = null;
            try {
                report = ProgressReport.of(new ProgressInput(ImportCells.monthText(row.get(MONTH)), amount, row.get(SITE), row.get(PROBLEMS),
                        ImportCells.count(row, WORKERS_PLANNED, errors), ImportCells.count(row, WORKERS_ON_SITE, errors),
                        ImportCells.count(row, MACHINES, errors)), terms);
            } catch (FieldErrors e) {
                e.errors().stream().filter(f -> !(amountUnreadable && f.field().equals("completedInvestment")))
                        .forEach(f -> errors.add(new ImportError(row.number(), FIELD_COLUMNS.get(f.field()),
                                cell(row, FIELD_COLUMNS.get(f.field())), f.message())));
            }
            if (report != null && project != null && !seen.add(code + "@" + report.month())) {
                errors.add(new ImportError(row.number(), MONTH, row.get(MONTH), StoredText.of("project.error.import.duplicateMonth")));
            }
            if (errors.size() == before) {
                long id = (Long) project[0];
                entries.add(new ProgressStore.Entry(id, report));
            }
        }
        if (rows.isEmpty()) {
            errors.add(new ImportError(0, null, null, StoredText.of("project.error.import.noRows")));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        List<ProgressStore.Stored> stored = progress.storeLocked(entries, user.username());
        Map<Integer, Set<Long>> touched = new HashMap<>();
        Map<Integer, Integer> earliestMonth = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            if (stored.get(i).amountChanged()) {
                YearMonth month = entries.get(i).report().month();
                touched.computeIfAbsent(month.getYear(), y -> new HashSet<>()).add(entries.get(i).projectId());
                earliestMonth.merge(month.getYear(), month.getMonthValue(), Math::min);
            }
        }
        touched.forEach((year, ids) -> publisher.publishEvent(new ProgressReported(year, earliestMonth.get(year), List.copyOf(ids))));
        audit.record(AuditAction.IMPORT, "progress", null, org.fagai.shared.StoredText.of("project.audit.progress.imported", entries.size()));
        return entries.size();
    }

    /** A cell as an error quotes it: a long site status by its beginning. */
    private static String cell(ExcelRow row, String column) {
        String value = row.get(column);
        return SITE.equals(column) && value.length() > MaxLength.TEXT ? value.substring(0, QUOTED_LENGTH) + "…" : value;
    }

    /**
     * Code → {id, total investment} of the visible projects named in the file; fills in the years they are listed in
     * ("id/year"), read with them instead of in a pass of their own. Locks the projects as the store would
     * ({@link ProgressStore#LOCK}), so that it need not read them again: a failed import rolls the locks back.
     */
    private Map<String, Object[]> loadProjects(List<ExcelRow> rows, ProjectScope scope, Set<String> plans) {
        String[] codes = rows.stream().map(r -> r.get(CODE)).filter(c -> !c.isBlank()).distinct().toArray(String[]::new);
        List<Object> params = new ArrayList<>();
        params.add(codes);
        String visible = scope.sql(params);
        Map<String, Object[]> result = new HashMap<>();
        jdbc.query("""
                SELECT p.id, p.code, p.total_investment, ARRAY(SELECT pl.year FROM project_plan pl WHERE pl.project_id = p.id) AS years
                FROM project p WHERE p.code IN (SELECT unnest(?::varchar[])) AND\s""" + visible + " ORDER BY p.id "
                + ProgressStore.LOCK + " OF p", rs -> {
            long id = rs.getLong("id");
            result.put(rs.getString("code"), new Object[] {id, rs.getBigDecimal("total_investment")});
            for (Integer year : (Integer[]) rs.getArray("years").getArray()) {
                plans.add(id + "/" + year);
            }
        }, params.toArray());
        return result;
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
}
