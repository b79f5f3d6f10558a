package org.fagai.project.internal.review;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.shared.StoredText;
import org.fagai.project.internal.photos.SitePhotos;
import org.fagai.project.internal.progress.ProgressLedger;
import org.fagai.project.internal.progress.ProgressRow;
import org.fagai.project.internal.registry.Project;
import org.fagai.project.internal.registry.ProjectRegistry;
import org.fagai.project.internal.registry.ProjectScope;
import org.fagai.project.internal.stoppages.Stoppage;
import org.fagai.project.internal.stoppages.Stoppages;
import org.fagai.shared.Commands;
import org.fagai.shared.ConflictException;
import org.fagai.shared.FieldErrors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff review of a monthly report (月报审核): the report, its photos, workers and 停复工 on one page; accepted, or
 * returned with a reason — a return reopens the month so the owner can correct it, and the correction waits for review.
 */
@Service
public class ReportReviews {

    private final JdbcClient jdbc;
    private final ProjectRegistry registry;
    private final ProgressLedger ledger;
    private final SitePhotos photos;
    private final Stoppages stoppages;
    private final AuditLog audit;

    ReportReviews(JdbcClient jdbc, ProjectRegistry registry, ProgressLedger ledger, SitePhotos photos, Stoppages stoppages,
                  AuditLog audit) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.ledger = ledger;
        this.photos = photos;
        this.stoppages = stoppages;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ReportReview review(String code, YearMonth month) {
        Project project = registry.visible(code);
        ProgressRow report = ledger.history(code).stream().filter(r -> r.month().equals(month)).findFirst().orElse(null);
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        List<Stoppage> touching = stoppages.history(code).stream()
                .filter(s -> !s.from().isAfter(last) && (s.resumedOn() == null || !s.resumedOn().isBefore(first))).toList();
        List<ReviewEntry> history = history(project.id(), month);
        return new ReportReview(project.code(), project.name(), month, report,
                photos.ofProject(code).stream().filter(p -> p.inspectionId() == null && p.month().equals(month)).toList(),
                touching, ReviewState.of(report == null ? null : report.version(), history.isEmpty() ? null : history.get(0)), history);
    }

    /** Staff of the project's region accept or return the current version of the month's report. */
    @Transactional
    public ReportReview decide(String code, YearMonth month, ReviewInput input) {
        Commands.check(input);
        Project project = registry.visible(code);
        ProjectScope scope = registry.scope();
        scope.requireStaff();
        scope.requireEditor(project.regionCode());
        ReviewDecision decision = parse(input.decision());
        String reason = input.reason() == null || input.reason().isBlank() ? null : input.reason().trim();
        if (decision == ReviewDecision.RETURNED && reason == null) {
            throw FieldErrors.of("reason", StoredText.of("project.error.review.reason"));
        }
        ReportReview current = review(code, month);
        if (current.report() == null) {
            throw FieldErrors.of("month", StoredText.of("project.error.review.noReport"));
        }
        if (current.state() != ReviewState.PENDING) {
            throw FieldErrors.of("decision", StoredText.of(current.state() == ReviewState.ACCEPTED
                    ? "project.error.review.alreadyAccepted" : "project.error.review.alreadyReturned"));
        }
        int stored = jdbc.sql("""
                INSERT INTO project_progress_review (project_id, month, version, decision, reason, reviewed_by)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (project_id, month, version) DO NOTHING""")
                .params(project.id(), month.atDay(1), current.report().version(), decision.name(), reason, scope.user().username())
                .update();
        if (stored == 0) {
            throw new ConflictException("decision", StoredText.of("project.error.review.concurrent"));
        }
        if (decision == ReviewDecision.RETURNED) {
            ledger.reopen(code, month);   // the owner corrects within a reporting window from today
        }
        audit.record(AuditAction.UPDATE, "progress", project.code() + "@" + month, StoredText.of(reason == null
                ? "project.audit.review" : "project.audit.reviewReason", StoredText.label("project.review.decision." + decision.name()),
                current.report().version(), reason == null ? "" : reason));
        return review(code, month);
    }

    private List<ReviewEntry> history(long projectId, YearMonth month) {
        return jdbc.sql("""
                SELECT id, version, decision, reason, reviewed_by, reviewed_at FROM project_progress_review
                WHERE project_id = ? AND month = ? ORDER BY id DESC""").params(projectId, month.atDay(1))
                .query((rs, i) -> new ReviewEntry(rs.getLong(1), rs.getInt(2), ReviewDecision.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getObject(6, java.time.OffsetDateTime.class))).list();
    }

    private static ReviewDecision parse(String text) {
        for (ReviewDecision d : ReviewDecision.values()) {
            if (d.name().equalsIgnoreCase(text == null ? "" : text.trim()) || d.chinese().equals(text)) {
                return d;
            }
        }
        throw FieldErrors.of("decision", StoredText.of("project.error.review.decision"));
    }
}
