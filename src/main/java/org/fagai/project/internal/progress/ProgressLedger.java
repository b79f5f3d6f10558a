package org.fagai.project.internal.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.fagai.project.ProgressReported;
import org.fagai.project.internal.registry.PlanStore;
import org.fagai.project.internal.registry.Project;
import org.fagai.project.internal.registry.ProjectRegistry;
import org.fagai.project.internal.registry.ProjectScope;
import org.fagai.project.internal.registry.ProjectView;
import org.fagai.project.internal.settings.WarningSettingsStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly progress (调度): owners or staff report a month once in its window; a second report is a correction
 * kept as a new version. Staff may reopen a locked month for a project (audited).
 */
@Service
public class ProgressLedger {

    /** How far back a reopened month is looked for: three years. */
    private static final int OPEN_MONTHS_LOOKBACK = 36;

    private final ProjectRegistry registry;
    private final ProgressStore progress;
    private final PlanStore plans;
    private final WarningSettingsStore settings;
    private final ApplicationEventPublisher publisher;
    private final UserDirectory users;
    private final AuditLog audit;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    ProgressLedger(ProjectRegistry registry, ProgressStore progress, PlanStore plans, WarningSettingsStore settings,
                   ApplicationEventPublisher publisher, UserDirectory users, AuditLog audit, Clock clock, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.progress = progress;
        this.plans = plans;
        this.settings = settings;
        this.publisher = publisher;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a month's report; returns the version stored (1 = first report, 2+ = corrections). */
    @Transactional
    public int report(String code, ProgressInput input) {
        if (users.requireCurrent().role() == Role.LEADER) {
            throw new AccessDeniedException("委领导只能查看进度，不能填报");
        }
        Project project = registry.visible(code);
        ProgressReport report = ProgressReport.of(input, terms(project));
        YearMonth month = report.month();
        ProgressStore.Stored stored = progress.store(List.of(new ProgressStore.Entry(project.id(), report)),
                users.requireCurrent().username()).get(0);
        int version = stored.version();
        audit.record(version == 1 ? AuditAction.CREATE : AuditAction.UPDATE, "progress", project.code() + "@" + month,
                version == 1 ? org.fagai.shared.StoredText.of("project.audit.progress.reported", input.completedInvestment().toPlainString())
                        : org.fagai.shared.StoredText.of("project.audit.progress.corrected", version, input.completedInvestment().toPlainString()));
        if (stored.amountChanged()) {
            publisher.publishEvent(new ProgressReported(month.getYear(), month.getMonthValue(), List.of(project.id())));
        }
        return version;
    }

    /** What this project holds a report to: its total investment, its lists and the reporting window today. */
    private ProgressReport.Terms terms(Project project) {
        return new ProgressReport.Terms(project.totalInvestment(), year -> plans.annualPlan(project.id(), year).isPresent(),
                new ReportingWindow(settings.load().reportWindowDays()), LocalDate.now(clock),
                month -> progress.reopenedUntil(project.id(), month).orElse(null));
    }

    @Transactional
    public void reopen(String code, YearMonth month) {
        Project project = registry.visible(code);
        ProjectScope scope = registry.scope();
        scope.requireStaff();
        scope.requireEditor(project.regionCode());
        LocalDate until = LocalDate.now(clock).plusDays(settings.load().reportWindowDays() - 1L);
        progress.reopen(project.id(), month, until, users.requireCurrent().username());
        audit.record(AuditAction.UPDATE, "progress", project.code() + "@" + month, org.fagai.shared.StoredText.of("project.audit.progress.reopened", until));
    }

    @Transactional(readOnly = true)
    public List<ProgressRow> history(String code) {
        Project project = registry.visible(code);
        return progress.history(project.id(), project.completedBefore(), project.totalInvestment());
    }

    /** The history of a project the caller has just read with {@code ProjectRegistry.view}, which checked that the user may see it. */
    @Transactional(readOnly = true)
    public List<ProgressRow> history(ProjectView project) {
        return progress.history(project.id(), project.completedBefore(), project.totalInvestment());
    }

    /** The months an owner may report now for this project, newest first. */
    @Transactional(readOnly = true)
    public List<YearMonth> openMonths(String code) {
        Project project = registry.visible(code);
        LocalDate today = LocalDate.now(clock);
        ReportingWindow window = new ReportingWindow(settings.load().reportWindowDays());
        return openMonths(window, today, progress.reopenedMonths(project.id(), today),
                plans.listedYears(List.of(project.id()), firstOpenable(today).getYear(), today.getYear()).getOrDefault(project.id(), Set.of()));
    }

    /** The oldest month that may still be open (reopened by staff): {@link #OPEN_MONTHS_LOOKBACK} months back. */
    private static YearMonth firstOpenable(LocalDate today) {
        return YearMonth.from(today).minusMonths(OPEN_MONTHS_LOOKBACK - 1L);
    }

    /** The months in the window or reopened, newest first, of the years in which the project is on a list. */
    private static List<YearMonth> openMonths(ReportingWindow window, LocalDate today, Map<YearMonth, LocalDate> reopened,
                                              Set<Integer> listedYears) {
        List<YearMonth> open = new ArrayList<>();
        for (YearMonth m = YearMonth.from(today); !m.isBefore(firstOpenable(today)); m = m.minusMonths(1)) {
            if (window.isOpen(m, today, reopened.get(m)) && listedYears.contains(m.getYear())) {
                open.add(m);
            }
        }
        return open;
    }

    record Reportable(String code, String name, List<YearMonth> months) {
    }

    /** The user's projects with a month open for reporting now: in the monthly window, or reopened by staff. */
    @Transactional(readOnly = true)
    List<Reportable> reportable(int limit) {
        LocalDate today = LocalDate.now(clock);
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        int windowDays = settings.load().reportWindowDays();
        boolean windowOpen = new ReportingWindow(windowDays).isOpen(lastMonth, today, null);
        List<Object> params = new ArrayList<>(List.of(today, windowOpen, lastMonth.getYear()));
        String scopeSql = registry.scope().sql(params);
        params.add(limit);
        record Listed(long id, String code, String name) {
        }
        List<Listed> projects = jdbc.query("""
                SELECT p.id, p.code, p.name FROM project p
                WHERE (EXISTS (SELECT 1 FROM project_month_reopen r WHERE r.project_id = p.id AND r.open_until >= ?)
                   OR (? AND EXISTS (SELECT 1 FROM project_plan pl WHERE pl.project_id = p.id AND pl.year = ?)))""" + " AND " + scopeSql
                + " ORDER BY p.code LIMIT ?", (rs, i) -> new Listed(rs.getLong(1), rs.getString(2), rs.getString(3)), params.toArray());
        if (projects.isEmpty()) {
            return List.of();
        }
        // The query applied the user's scope: the open months of all its projects in two statements, not per project.
        List<Long> ids = projects.stream().map(Listed::id).toList();
        ReportingWindow window = new ReportingWindow(windowDays);
        Map<Long, Map<YearMonth, LocalDate>> reopened = progress.reopenedMonths(ids, today);
        Map<Long, Set<Integer>> listed = plans.listedYears(ids, firstOpenable(today).getYear(), today.getYear());
        return projects.stream().map(p -> new Reportable(p.code(), p.name(), openMonths(window, today,
                        reopened.getOrDefault(p.id(), Map.of()), listed.getOrDefault(p.id(), Set.of()))))
                .filter(r -> !r.months().isEmpty()).toList();
    }

}
