package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.enterprise.EnterpriseRegistry;
import org.fagai.enterprise.EnterpriseView;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.organization.Role;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.Commands;
import org.fagai.shared.CreditCode;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.RegionCode;
import org.fagai.shared.StoredText;
import org.fagai.shared.Years;
import org.fagai.supervision.NewNotification;
import org.fagai.supervision.Notifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 节能目标责任考核: staff score towns, departments and key energy users on the scorecard (weights as they stand that day,
 * kept with the scores), the grade follows the bands in force; published results are what leaders read.
 */
@Service
class Assessments {

    static final String AUDIT_TYPE = "energy-assessment";

    private final EnergyAccess access;
    private final RuleStore rules;
    private final ScoreSuggestions suggestions;
    private final RegionDirectory regions;
    private final EnterpriseRegistry registry;
    private final OrganizationDirectory organization;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Notifications notifications;
    private final Clock clock;

    Assessments(EnergyAccess access, RuleStore rules, ScoreSuggestions suggestions, RegionDirectory regions, EnterpriseRegistry registry,
                OrganizationDirectory organization, JdbcClient jdbc, AuditLog audit, Notifications notifications, Clock clock) {
        this.access = access;
        this.rules = rules;
        this.suggestions = suggestions;
        this.regions = regions;
        this.registry = registry;
        this.organization = organization;
        this.jdbc = jdbc;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    private record Subject(String code, String name, String regionCode) {
    }

    @Transactional
    AssessmentView score(AssessmentCommands c) {
        CurrentUser user = access.planner();
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("energy.error.bodyMissing"));
        }
        List<FieldErrors.FieldError> errors = new ArrayList<>(Commands.violations(c));
        if (c.year() == null || !Years.contains(c.year())) {
            errors.add(new FieldErrors.FieldError("year", StoredText.of("energy.error.yearRange", Years.RANGE)));
        }
        Subject subject = subject(c.subjectType(), c.subjectCode(), user, errors);
        Map<String, ScoreSuggestions.Suggestion> suggested = errors.isEmpty()
                ? suggestions.suggest(c.year(), c.subjectType().strip(), subject.code()) : Map.of();
        List<RuleStore.Indicator> indicators = rules.indicators();
        Map<String, AssessmentCommands.Score> given = new HashMap<>();
        for (int i = 0; i < c.scores().size(); i++) {
            AssessmentCommands.Score s = c.scores().get(i);
            if (s == null || indicators.stream().noneMatch(ind -> ind.code().equals(s.indicator()))) {
                errors.add(new FieldErrors.FieldError("scores[" + i + "].indicator", StoredText.of("energy.error.indicatorNotFound", (s == null ? null : s.indicator()))));
            } else if (s.score() == null && suggested.containsKey(s.indicator())) {
                continue;
            } else if (s.score() == null || s.score().signum() < 0 || s.score().compareTo(Scorecard.HUNDRED) > 0) {
                errors.add(new FieldErrors.FieldError("scores[" + i + "].score", StoredText.of("energy.error.scoreRange")));
            } else if (suggested.containsKey(s.indicator()) && s.score().compareTo(suggested.get(s.indicator()).score()) != 0
                    && (s.reason() == null || s.reason().isBlank())) {
                errors.add(new FieldErrors.FieldError("scores[" + i + "].reason", StoredText.of("energy.error.scoreReason",
                        suggested.get(s.indicator()).score().toPlainString())));
            } else {
                given.put(s.indicator(), s);
            }
        }
        for (RuleStore.Indicator ind : indicators) {
            if (ind.weight().signum() > 0 && !given.containsKey(ind.code()) && !suggested.containsKey(ind.code())
                    && errors.stream().noneMatch(e -> e.field().startsWith("scores"))) {
                errors.add(new FieldErrors.FieldError("scores", StoredText.of("energy.error.scoreMissing", ind.name())));
            }
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        List<AssessmentView.Line> lines = new ArrayList<>();
        List<String> overrides = new ArrayList<>();
        for (RuleStore.Indicator ind : indicators) {
            AssessmentCommands.Score s = given.get(ind.code());
            ScoreSuggestions.Suggestion g = suggested.get(ind.code());
            BigDecimal score = s != null ? s.score() : g != null ? g.score() : BigDecimal.ZERO;
            boolean overridden = g != null && score.compareTo(g.score()) != 0;
            if (overridden) {
                overrides.add(StoredText.of("energy.audit.assessment.override", ind.name(), g.score().toPlainString(), g.storedBasis(),
                        score.toPlainString(), s.reason().strip()));
            }
            lines.add(new AssessmentView.Line(ind.code(), ind.name(), ind.weight(), score, Scorecard.points(ind.weight(), score),
                    s == null ? null : s.note(), g == null ? null : g.score(), overridden ? s.reason().strip() : null));
        }
        BigDecimal total = Scorecard.total(lines);
        EnergyRules.Grade grade = rules.rules().grade(total);
        long id = jdbc.sql("""
                        INSERT INTO energy_assessment (year, subject_type, subject_code, subject_name, region_code, total_score, grade, comment,
                          created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (year, subject_type, subject_code) DO UPDATE SET subject_name = EXCLUDED.subject_name,
                          total_score = EXCLUDED.total_score, grade = EXCLUDED.grade, comment = EXCLUDED.comment, published_on = NULL,
                          updated_at = now(), updated_by = EXCLUDED.updated_by
                        RETURNING id""")
                .params(c.year(), c.subjectType().strip(), subject.code(), subject.name(), subject.regionCode(), total, grade.name(), c.comment(),
                        user.username(), user.username())
                .query(Long.class).single();
        jdbc.sql("DELETE FROM energy_assessment_score WHERE assessment_id = ?").param(id).update();
        for (AssessmentView.Line line : lines) {
            jdbc.sql("""
                            INSERT INTO energy_assessment_score (assessment_id, indicator_code, indicator_name, weight, score, note, suggested,
                              override_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, line.indicator(), line.name(), line.weight(), line.score(), line.note(), line.suggested(), line.overrideReason())
                    .update();
        }
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), overrides.isEmpty()
                ? StoredText.of("energy.audit.assessment.scored", c.year(), subject.name(), total.toPlainString(), StoredText.label("energy.grade." + grade.name()))
                : StoredText.of("energy.audit.assessment.scoredOverrides", c.year(), subject.name(), total.toPlainString(),
                        StoredText.label("energy.grade." + grade.name()), StoredText.list("shared.reasonSeparator", overrides)));
        return get(id);
    }

    /** The suggested scores for a subject and year (checks the year and subject as scoring does). */
    List<ScoreSuggestions.Suggestion> suggestions(Integer year, String subjectType, String subjectCode) {
        CurrentUser user = access.planner();
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        if (year == null || !Years.contains(year)) {
            errors.add(new FieldErrors.FieldError("year", StoredText.of("energy.error.yearRange", Years.RANGE)));
        }
        Subject subject = subject(subjectType, subjectCode, user, errors);
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        return List.copyOf(suggestions.suggest(year, subjectType.strip(), subject.code()).values());
    }

    @Transactional
    AssessmentView publish(long id) {
        CurrentUser user = access.planner();
        AssessmentView a = load(id, user);
        jdbc.sql("UPDATE energy_assessment SET published_on = ?, updated_at = now(), updated_by = ? WHERE id = ?")
                .params(LocalDate.now(clock), user.username(), id).update();
        int notified = notifyPublished(a);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), StoredText.of("energy.audit.assessment.published", a.year(), a.subjectName(), notified));
        return get(id);
    }

    /**
     * Tells the assessed subject's region (its commission users, department and district accounts, not unit accounts) in
     * the bell: the grade and total, linked to the result; a second publication of the same score notifies nobody again.
     */
    private int notifyPublished(AssessmentView a) {
        RegionCode region = RegionCode.of(a.regionCode());
        int sent = 0;
        for (OrganizationDirectory.Person p : organization.people()) {
            if (p.role().unitAccount() || p.regionCode() == null || !region.contains(RegionCode.of(p.regionCode()))) {
                continue;
            }
            if (notifications.send(new NewNotification(p.id(), "energy.assessment:" + a.id() + ":published:" + a.totalScore().toPlainString(),
                    "energy.assessment", StoredText.of("energy.notification.assessment", a.year(), a.subjectName()),
                    StoredText.of("energy.notification.assessment.body", a.subjectName(), a.totalScore().toPlainString(),
                            StoredText.label(a.grade().labelKey())),
                    "/energy/assessments/" + a.id()))) {
                sent++;
            }
        }
        return sent;
    }

    AssessmentView get(long id) {
        return load(id, access.reader());
    }

    /** A year's results in the user's region, best first; leaders read only published ones. */
    List<AssessmentView> list(Integer year, CurrentUser user) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("WHERE ").append(EnergyAccess.scope(user, "a.region_code", params));
        if (year != null) {
            where.append(" AND a.year = ?");
            params.add(year);
        }
        if (user.role() == Role.LEADER) {
            where.append(" AND a.published_on IS NOT NULL");
        }
        return views(where + " ORDER BY a.year DESC, a.total_score DESC, a.subject_name LIMIT 1000", params, false);
    }

    private AssessmentView load(long id, CurrentUser user) {
        AssessmentView a = views("WHERE a.id = ?", List.of(id), true).stream().findFirst()
                .orElseThrow(() -> new NotFoundException(StoredText.of("energy.error.assessmentNotFound", id)));
        if (!user.canSeeRegion(a.regionCode()) || (user.role() == Role.LEADER && !a.published())) {
            throw new AccessDeniedException("无权查看该考核结果");
        }
        return a;
    }

    private List<AssessmentView> views(String where, List<Object> params, boolean withLines) {
        List<AssessmentView> list = jdbc.sql("""
                        SELECT a.id, a.year, a.subject_type, a.subject_code, a.subject_name, a.region_code, a.total_score, a.grade, a.comment,
                               a.published_on FROM energy_assessment a\s""" + where)
                .params(params)
                .query((rs, n) -> new AssessmentView(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getBigDecimal(7), EnergyRules.Grade.valueOf(rs.getString(8)), rs.getString(9),
                        rs.getObject(10, LocalDate.class), List.of()))
                .list();
        if (!withLines) {
            return list;
        }
        return list.stream().map(a -> new AssessmentView(a.id(), a.year(), a.subjectType(), a.subjectCode(), a.subjectName(), a.regionCode(),
                a.totalScore(), a.grade(), a.comment(), a.publishedOn(), jdbc.sql("""
                                SELECT indicator_code, indicator_name, weight, score, note, suggested, override_reason FROM energy_assessment_score
                                WHERE assessment_id = ? ORDER BY indicator_code""").param(a.id())
                        .query((rs, n) -> new AssessmentView.Line(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                                Scorecard.points(rs.getBigDecimal(3), rs.getBigDecimal(4)), rs.getString(5), rs.getBigDecimal(6), rs.getString(7)))
                        .list())).toList();
    }

    private Subject subject(String type, String rawCode, CurrentUser user, List<FieldErrors.FieldError> errors) {
        String code = rawCode == null ? "" : rawCode.strip();
        switch (type == null ? "" : type.strip()) {
            case "REGION" -> {
                RegionView region = code.matches("[0-9]{6}([0-9]{3})?") ? regions.find(code).orElse(null) : null;
                if (region == null) {
                    errors.add(new FieldErrors.FieldError("subjectCode", StoredText.of("energy.error.regionUnknown", code)));
                } else if (!user.canSeeRegion(code)) {
                    errors.add(new FieldErrors.FieldError("subjectCode", StoredText.of("energy.error.assessOtherRegion", code)));
                } else {
                    return new Subject(code, region.name(), code);
                }
            }
            case "ENTERPRISE" -> {
                CreditCode.Check check = CreditCode.check(code);
                EnterpriseView e = check.valid() ? registry.find(check.code()).orElse(null) : null;
                if (e == null) {
                    errors.add(new FieldErrors.FieldError("subjectCode", StoredText.of("energy.error.enterpriseUnknown", code)));
                } else if (!user.canSeeRegion(e.regionCode())) {
                    errors.add(new FieldErrors.FieldError("subjectCode", StoredText.of("energy.error.assessOtherEnterprise")));
                } else {
                    return new Subject(check.code(), e.name(), e.regionCode());
                }
            }
            case "DEPARTMENT" -> {
                OrganizationDirectory.Unit unit = code.matches("[0-9]{1,9}") ? organization.unit(Long.parseLong(code)).orElse(null) : null;
                if (unit == null) {
                    errors.add(new FieldErrors.FieldError("subjectCode", StoredText.of("energy.error.departmentUnknown", code)));
                } else {
                    return new Subject(code, unit.name(), unit.regionCode() == null ? user.regionCode() : unit.regionCode());
                }
            }
            default -> errors.add(new FieldErrors.FieldError("subjectType", StoredText.of("energy.error.subjectType")));
        }
        return null;
    }
}
