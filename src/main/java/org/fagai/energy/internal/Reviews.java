package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.shared.Changes;
import org.fagai.energy.EnergyReviews;
import org.fagai.energy.ReviewClass;
import org.fagai.organization.CurrentUser;
import org.fagai.project.ProjectCatalog;
import org.fagai.project.ProjectRef;
import org.fagai.project.ProjectStage;
import org.fagai.reference.RegionDirectory;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.StoredText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 节能审查 of investment projects: filing (class and flag), opinion, start, 节能验收; read with their state and warning. */
@Service
class Reviews implements EnergyReviews {

    static final String AUDIT_TYPE = "energy-review";
    private static final BigDecimal MAX_FIGURE = new BigDecimal("999999999999");

    private final EnergyAccess access;
    private final RuleStore rules;
    private final ProjectCatalog projects;
    private final RegionDirectory regions;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Reviews(EnergyAccess access, RuleStore rules, ProjectCatalog projects, RegionDirectory regions, JdbcClient jdbc, AuditLog audit,
            Clock clock) {
        this.access = access;
        this.rules = rules;
        this.projects = projects;
        this.regions = regions;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ReviewClass classify(BigDecimal annualTce, BigDecimal annualWanKwh) {
        return rules.rules().classify(annualTce, annualWanKwh);
    }

    /** The class for figures from a request, checked: a missing or negative figure is a 400 naming it. */
    ReviewClass classifyChecked(BigDecimal annualTce, BigDecimal annualWanKwh) {
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        figure(errors, "annualTce", annualTce);
        figure(errors, "annualKwh", annualWanKwh);
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        return classify(annualTce, annualWanKwh);
    }

    @Transactional
    ReviewView file(ReviewCommands.Filing c) {
        CurrentUser user = access.writer();
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("energy.error.bodyMissing"));
        }
        List<FieldErrors.FieldError> errors = new ArrayList<>(Commands.violations(c));
        String code = c.projectCode() == null ? "" : c.projectCode().strip();
        ProjectRef project = code.isEmpty() ? null : projects.findByCode(code).orElse(null);
        String name = project != null ? project.name() : c.projectName() == null ? "" : c.projectName().strip();
        String region = project != null ? project.regionCode() : c.regionCode() == null ? "" : c.regionCode().strip();
        if (code.isEmpty()) {
            errors.add(new FieldErrors.FieldError("projectCode", StoredText.of("energy.error.projectCodeMissing")));
        }
        if (project == null && name.isEmpty()) {
            errors.add(new FieldErrors.FieldError("projectName", StoredText.of("energy.error.projectNameMissing")));
        }
        if (project == null && (!region.matches("[0-9]{6}([0-9]{3})?") || regions.find(region).isEmpty())) {
            errors.add(new FieldErrors.FieldError("regionCode", StoredText.of("energy.error.regionUnknown", region)));
        } else if (!region.isEmpty() && !user.canSeeRegion(region)) {
            errors.add(new FieldErrors.FieldError("regionCode", StoredText.of("energy.error.reviewOtherRegion")));
        }
        figure(errors, "annualTce", c.annualTce());
        figure(errors, "annualWanKwh", c.annualWanKwh());
        LocalDate today = LocalDate.now(clock);
        LocalDate applied = c.appliedOn() == null ? today : c.appliedOn();
        if (applied.isAfter(today)) {
            errors.add(new FieldErrors.FieldError("appliedOn", StoredText.of("energy.error.appliedOnFuture")));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        ReviewClass reviewClass = classify(c.annualTce(), c.annualWanKwh());
        String flag = EnergyRules.filingFlag(reviewClass);
        long id = jdbc.sql("""
                        INSERT INTO energy_review (project_code, project_name, region_code, renovation, annual_tce, annual_wan_kwh,
                          review_class, filing_flag, applied_on, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(code, name, region, Boolean.TRUE.equals(c.renovation()), c.annualTce(), c.annualWanKwh(), reviewClass.name(), flag,
                        applied, user.username(), user.username())
                .query(Long.class).single();
        Map<String, Object> filed = Changes.snapshot();
        filed.put("energy.review.annualTce", c.annualTce());
        filed.put("energy.review.annualKwh", c.annualWanKwh());
        filed.put("energy.review.renovation", Boolean.TRUE.equals(c.renovation()));
        filed.put("energy.review.appliedOn", applied);
        filed.put("energy.review.class", StoredText.label(reviewClass.labelKey()));
        String detail = StoredText.of("energy.audit.review.filed", code, name, Changes.stored(Changes.snapshot(), filed));
        audit.record(AuditAction.CREATE, AUDIT_TYPE, String.valueOf(id), flag == null ? detail
                : StoredText.list("shared.reasonSeparator", List.of(detail, StoredText.label("energy.review.flag." + reviewClass.name()))));
        return stored(id);
    }

    @Transactional
    ReviewView opinion(long id, ReviewCommands.Opinion c) {
        CurrentUser user = access.writer();
        ReviewView review = load(id, user);
        Commands.check(c);
        LocalDate today = LocalDate.now(clock);
        if (c.opinionNumber() == null || c.opinionNumber().isBlank()) {
            throw FieldErrors.of("opinionNumber", StoredText.of("energy.error.opinionNumberMissing"));
        }
        if (c.opinionOn() == null || c.opinionOn().isAfter(today) || c.opinionOn().isBefore(review.appliedOn())) {
            throw FieldErrors.of("opinionOn", StoredText.of("energy.error.opinionDate"));
        }
        LocalDate lapses = rules.rules().lapsesOn(c.opinionOn());
        jdbc.sql("UPDATE energy_review SET opinion_number = ?, opinion_on = ?, lapses_on = ?, updated_at = now(), updated_by = ? WHERE id = ?")
                .params(c.opinionNumber().strip(), c.opinionOn(), lapses, user.username(), id).update();
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), StoredText.of("energy.audit.review.opinion",
                Changes.stored(opinionFields(review.opinionNumber(), review.opinionOn(), review.lapsesOn()),
                        opinionFields(c.opinionNumber().strip(), c.opinionOn(), lapses))));
        return stored(id);
    }

    @Transactional
    ReviewView start(long id, ReviewCommands.Start c) {
        CurrentUser user = access.writer();
        ReviewView review = load(id, user);
        LocalDate today = LocalDate.now(clock);
        if (c == null || c.startedOn() == null || c.startedOn().isAfter(today)) {
            throw FieldErrors.of("startedOn", StoredText.of("energy.error.startedOnMissing"));
        }
        if (review.opinionOn() == null) {
            throw FieldErrors.of("startedOn", StoredText.of("energy.error.noOpinion"));
        }
        jdbc.sql("UPDATE energy_review SET started_on = ?, updated_at = now(), updated_by = ? WHERE id = ?")
                .params(c.startedOn(), user.username(), id).update();
        String started = StoredText.of("energy.audit.review.started", Changes.stored(field("energy.review.startedOn", review.startedOn()),
                field("energy.review.startedOn", c.startedOn())));
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), EnergyRules.lapsed(review.lapsesOn(), c.startedOn(), today)
                ? StoredText.list("shared.reasonSeparator", List.of(started, StoredText.label("energy.audit.review.lapsed"))) : started);
        return stored(id);
    }

    @Transactional
    ReviewView accept(long id, ReviewCommands.Acceptance c) {
        CurrentUser user = access.writer();
        ReviewView review = load(id, user);
        Commands.check(c);
        if (c.acceptedOn() == null || c.acceptedOn().isAfter(LocalDate.now(clock))) {
            throw FieldErrors.of("acceptedOn", StoredText.of("energy.error.acceptedOnMissing"));
        }
        if (review.opinionOn() == null) {
            throw FieldErrors.of("acceptedOn", StoredText.of("energy.error.noOpinionAcceptance"));
        }
        jdbc.sql("UPDATE energy_review SET accepted_on = ?, acceptance_note = ?, updated_at = now(), updated_by = ? WHERE id = ?")
                .params(c.acceptedOn(), c.note(), user.username(), id).update();
        Map<String, Object> before = field("energy.review.acceptedOn", review.acceptedOn());
        before.put("energy.review.acceptanceNote", review.acceptanceNote());
        Map<String, Object> after = field("energy.review.acceptedOn", c.acceptedOn());
        after.put("energy.review.acceptanceNote", c.note());
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), StoredText.of("energy.audit.review.accepted",
                Changes.stored(before, after)));
        return stored(id);
    }

    private static Map<String, Object> opinionFields(String number, LocalDate on, LocalDate lapses) {
        Map<String, Object> fields = field("energy.review.opinion", number);
        fields.put("energy.review.opinionOn", on);
        fields.put("energy.review.lapsesOn", lapses);
        return fields;
    }

    private static Map<String, Object> field(String labelKey, Object value) {
        Map<String, Object> fields = Changes.snapshot();
        fields.put(labelKey, value);
        return fields;
    }

    /** The review after a change, its state stored as judged now (the list filters on it). */
    private ReviewView stored(long id) {
        ReviewView review = get(id);
        jdbc.sql("UPDATE energy_review SET state = ? WHERE id = ? AND state <> ?").params(review.state().name(), id, review.state().name()).update();
        return review;
    }

    ReviewView get(long id) {
        return load(id, access.reader());
    }

    /** The reviews of one project, newest first (the key project page's panel). */
    List<ReviewView> ofProject(String projectCode) {
        CurrentUser user = access.reader();
        return views("WHERE r.project_code = ?", List.of(projectCode)).stream().filter(r -> user.canSeeRegion(r.regionCode())).toList();
    }

    private ReviewView load(long id, CurrentUser user) {
        ReviewView review = views("WHERE r.id = ?", List.of(id)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException(StoredText.of("energy.error.reviewNotFound", id)));
        if (!user.canSeeRegion(review.regionCode())) {
            throw new AccessDeniedException("无权查看其他地区的节能审查");
        }
        return review;
    }

    private List<ReviewView> views(String where, List<Object> params) {
        return views(where, "ORDER BY r.applied_on DESC, r.id DESC LIMIT 2000", params);
    }

    /** Reviews matching {@code where}, in the order and page of {@code tail}, each with its state judged today. */
    List<ReviewView> views(String where, String tail, List<Object> params) {
        EnergyRules r = rules.rules();
        LocalDate today = LocalDate.now(clock);
        List<Row> rows = jdbc.sql("""
                        SELECT r.id, r.project_code, r.project_name, r.region_code, r.renovation, r.annual_tce, r.annual_wan_kwh, r.review_class,
                               r.filing_flag, r.applied_on, r.opinion_number, r.opinion_on, r.lapses_on, r.started_on, r.accepted_on,
                               r.acceptance_note FROM energy_review r\s""" + where + " " + tail)
                .params(params)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                        rs.getBigDecimal(6), rs.getBigDecimal(7), ReviewClass.valueOf(rs.getString(8)), rs.getString(9),
                        rs.getObject(10, LocalDate.class), rs.getString(11), rs.getObject(12, LocalDate.class),
                        rs.getObject(13, LocalDate.class), rs.getObject(14, LocalDate.class), rs.getObject(15, LocalDate.class),
                        rs.getString(16)))
                .list();
        Map<String, ProjectStage> stages = projects.findByCodes(rows.stream().map(Row::projectCode).distinct().toList()).stream()
                .collect(Collectors.toMap(ProjectRef::code, ProjectRef::stage, (a, b) -> a));
        return rows.stream().map(row -> {
            ReviewView.State state = ReviewStates.state(r, row.reviewClass, row.opinionOn, row.lapsesOn, row.startedOn, row.acceptedOn,
                    stages.get(row.projectCode), today);
            return new ReviewView(row.id, row.projectCode, row.projectName, row.regionCode, row.renovation, row.annualTce,
                    row.annualWanKwh, row.reviewClass, row.filingFlag, row.appliedOn, row.opinionNumber, row.opinionOn, row.lapsesOn,
                    row.startedOn, row.acceptedOn, row.acceptanceNote, state, ReviewStates.warning(state, row.lapsesOn, r.validityYears()));
        }).toList();
    }

    private record Row(long id, String projectCode, String projectName, String regionCode, boolean renovation, BigDecimal annualTce,
                       BigDecimal annualWanKwh, ReviewClass reviewClass, String filingFlag, LocalDate appliedOn, String opinionNumber,
                       LocalDate opinionOn, LocalDate lapsesOn, LocalDate startedOn, LocalDate acceptedOn, String acceptanceNote) {
    }

    private static void figure(List<FieldErrors.FieldError> errors, String field, BigDecimal value) {
        if (value == null) {
            errors.add(new FieldErrors.FieldError(field, StoredText.of("energy.error.fieldMissing", StoredText.label("annualTce".equals(field) ? "energy.error.label.annualTce" : "energy.error.label.annualKwh"))));
        } else if (value.signum() < 0 || value.compareTo(MAX_FIGURE) > 0) {
            errors.add(new FieldErrors.FieldError(field, StoredText.of("energy.error.reviewValueRange", value.toPlainString())));
        }
    }
}
