package org.fagai.enterprise.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.enterprise.EnterpriseView;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.StoredText;
import org.fagai.supervision.ItemView;
import org.fagai.supervision.NewItem;
import org.fagai.supervision.SupervisionItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** 安全生产检查: monthly plans, inspections with hazards, rectification notices on the 督办 loop, 回头看. */
@Service
class Safety {

    static final String SOURCE = "SAFETY_HAZARD";
    /** Photo owners: the hazard as found, and the rectification's evidence. */
    static final String HAZARD_PHOTO = "HAZARD";
    static final String RECTIFICATION_PHOTO = "RECTIFY";
    static final int MAX_DAYS = 90;
    static final int MAX_HAZARDS = 50;
    static final List<String> LEVELS = List.of("GENERAL", "MAJOR");
    private static final String AUDIT_TYPE = "safety-hazard";

    private final JdbcClient jdbc;
    private final HazardRepository hazards;
    private final HazardQueries queries;
    private final Photos photos;
    private final Enterprises enterprises;
    private final EnterpriseAccess access;
    private final SupervisionItems supervision;
    private final WorkingCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;

    Safety(JdbcClient jdbc, HazardRepository hazards, HazardQueries queries, Photos photos, Enterprises enterprises,
           EnterpriseAccess access, SupervisionItems supervision, WorkingCalendar calendar, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.hazards = hazards;
        this.queries = queries;
        this.photos = photos;
        this.enterprises = enterprises;
        this.access = access;
        this.supervision = supervision;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records an inspection and the hazards it found. Returns the inspection's id. */
    @Transactional
    long inspect(SafetyCommands.Inspection c) {
        return inspect(c, List.of());
    }

    /**
     * Records an inspection and its hazards, each hazard with its photo ({@code photos} by the hazard's position; null or
     * empty where none): a refused photo stores nothing at all.
     */
    @Transactional
    long inspect(SafetyCommands.Inspection c, List<MultipartFile> hazardPhotos) {
        CurrentUser user = access.keeper();
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("enterprise.error.bodyMissing"));
        }
        Commands.check(c);
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        LocalDate on = c.inspectedOn() == null ? today() : c.inspectedOn();
        if (on.isAfter(today()) || on.getYear() < 2000) {
            errors.add(new FieldErrors.FieldError("inspectedOn", StoredText.of("enterprise.error.inspectedOnRange", on)));
        }
        if (c.inspectors() == null || c.inspectors().isBlank()) {
            errors.add(new FieldErrors.FieldError("inspectors", StoredText.of("enterprise.error.inspectorsMissing")));
        }
        if (c.planId() != null && jdbc.sql("SELECT count(*) FROM safety_plan WHERE id = ?").param(c.planId()).query(Long.class).single() == 0) {
            errors.add(new FieldErrors.FieldError("planId", StoredText.of("enterprise.error.planNotFound", c.planId())));
        }
        if (c.hazards().size() > MAX_HAZARDS) {
            errors.add(new FieldErrors.FieldError("hazards", StoredText.of("enterprise.error.hazardLimit", MAX_HAZARDS)));
        }
        for (int i = 0; i < c.hazards().size(); i++) {
            errors.addAll(hazardErrors("hazards[" + i + "].", c.hazards().get(i)));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        EnterpriseView e = enterprises.get(c.creditCode() == null ? "" : c.creditCode());
        long id = jdbc.sql("""
                        INSERT INTO safety_inspection (plan_id, credit_code, region_code, inspected_on, inspectors, checklist, notes, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(c.planId(), e.creditCode(), e.regionCode(), on, c.inspectors().strip(), c.checklist(), c.notes(),
                        user.username())
                .query(Long.class).single();
        for (int i = 0; i < c.hazards().size(); i++) {
            insertHazard(id, e.creditCode(), e.regionCode(), on, c.hazards().get(i), i < hazardPhotos.size() ? hazardPhotos.get(i) : null);
        }
        audit.record(AuditAction.CREATE, "safety-inspection", String.valueOf(id), StoredText.of("enterprise.audit.safety.inspected", e.name(), on, c.hazards().size()));
        return id;
    }

    /** A further hazard found on an inspection (a phone records them one by one), with its photo. Returns its id. */
    @Transactional
    long addHazard(long inspectionId, SafetyCommands.NewHazard h, MultipartFile photo) {
        CurrentUser user = access.keeper();
        record Found(String creditCode, String regionCode, LocalDate on, long hazards) {
        }
        Found found = jdbc.sql("""
                        SELECT i.credit_code, i.region_code, i.inspected_on,
                               (SELECT count(*) FROM safety_hazard h WHERE h.inspection_id = i.id) FROM safety_inspection i WHERE i.id = ?""")
                .param(inspectionId)
                .query((rs, n) -> new Found(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getLong(4)))
                .optional().orElseThrow(() -> new NotFoundException(StoredText.of("enterprise.error.inspectionNotFound", inspectionId)));
        if (!EnterpriseAccess.visible(user, found.creditCode(), found.regionCode())) {
            throw new NotFoundException(StoredText.of("enterprise.error.inspectionNotVisible", inspectionId));
        }
        List<FieldErrors.FieldError> errors = new ArrayList<>(hazardErrors("", h));
        if (found.hazards() >= MAX_HAZARDS) {
            errors.add(new FieldErrors.FieldError("description", StoredText.of("enterprise.error.hazardLimit", MAX_HAZARDS)));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        long id = insertHazard(inspectionId, found.creditCode(), found.regionCode(), found.on(), h, photo);
        audit.record(AuditAction.CREATE, AUDIT_TYPE, String.valueOf(id), StoredText.of("enterprise.audit.safety.hazardAdded", inspectionId));
        return id;
    }

    private long insertHazard(long inspectionId, String creditCode, String regionCode, LocalDate on, SafetyCommands.NewHazard h,
                              MultipartFile photo) {
        long hazard = jdbc.sql("""
                        INSERT INTO safety_hazard (inspection_id, credit_code, region_code, description, level, state, found_on)
                        VALUES (?, ?, ?, ?, ?, 'FOUND', ?) RETURNING id""")
                .params(inspectionId, creditCode, regionCode, h.description().strip(),
                        h.level() == null || h.level().isBlank() ? "GENERAL" : h.level(), on)
                .query(Long.class).single();
        if (photo != null && !photo.isEmpty()) {
            photos.store(HAZARD_PHOTO, hazard, photo);
        }
        return hazard;
    }

    private static List<FieldErrors.FieldError> hazardErrors(String prefix, SafetyCommands.NewHazard h) {
        if (h == null || h.description() == null || h.description().isBlank()) {
            return List.of(new FieldErrors.FieldError(prefix + "description", StoredText.of("enterprise.error.hazardDescriptionMissing")));
        }
        if (h.level() != null && !h.level().isBlank() && !LEVELS.contains(h.level())) {
            return List.of(new FieldErrors.FieldError(prefix + "level", StoredText.of("enterprise.error.hazardLevelRequired")));
        }
        return Commands.violations(h).stream().map(e -> new FieldErrors.FieldError(prefix + e.field(), e.message())).toList();
    }

    /** 整改通知书: number, measures, deadline in working days from today; the rectification goes onto the loop. */
    @Transactional
    HazardView notice(long id, SafetyCommands.Notice c) {
        CurrentUser user = access.keeper();
        Commands.check(c);
        if (c == null || c.measures() == null || c.measures().isBlank()) {
            throw FieldErrors.of("measures", StoredText.of("enterprise.error.measuresMissing"));
        }
        int days = c.workingDays() == null ? 10 : c.workingDays();
        if (days < 1 || days > MAX_DAYS) {
            throw FieldErrors.of("workingDays", StoredText.of("enterprise.error.rectificationDays", MAX_DAYS, days));
        }
        Hazard h = load(id, user);
        int year = today().getYear();
        long serial = jdbc.sql("SELECT count(*) FROM safety_hazard WHERE notice_number LIKE ?").param("安整〔" + year + "〕%")
                .query(Long.class).single() + 1;
        LocalDate due = calendar.current().addWorkingDays(today(), days).deadline();
        h.issueNotice("安整〔" + year + "〕" + String.format("%03d", serial) + "号", c.measures().strip(), days, today(), due);
        h.onLoop(assign(h, c.departmentId(), c.leadPersonId(), due, user, "enterprise.supervision.hazardTitle").id());
        hazards.save(h);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), StoredText.of("enterprise.audit.safety.noticeIssued", h.noticeNumber, due));
        return view(id);
    }

    /** The enterprise (its own account) or staff report the rectification with evidence. */
    @Transactional
    HazardView rectify(long id, SafetyCommands.Rectification c) {
        return rectify(id, c, null);
    }

    /** The rectification with a photo of the result as evidence (optional); a refused photo stores nothing. */
    @Transactional
    HazardView rectify(long id, SafetyCommands.Rectification c, MultipartFile photo) {
        CurrentUser user = access.user();
        Commands.check(c);
        if (c == null || c.rectification() == null || c.rectification().isBlank() || c.evidence() == null || c.evidence().isBlank()) {
            throw FieldErrors.of(c == null || c.rectification() == null || c.rectification().isBlank() ? "rectification" : "evidence",
                    StoredText.of("enterprise.error.rectificationMissing"));
        }
        Hazard h = load(id, user);
        h.reportRectification(c.rectification().strip(), c.evidence().strip(), today());
        hazards.save(h);
        if (photo != null && !photo.isEmpty()) {
            photos.store(RECTIFICATION_PHOTO, id, photo);
        }
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), StoredText.of("enterprise.audit.safety.rectificationReported"));
        return view(id);
    }

    /** 回头看: confirmed, or reopened with a new deadline and a new item on the loop. */
    @Transactional
    HazardView followUp(long id, SafetyCommands.FollowUp c) {
        CurrentUser user = access.keeper();
        Commands.check(c);
        if (c == null || c.confirmed() == null) {
            throw FieldErrors.of("confirmed", StoredText.of("enterprise.error.followUpMissing"));
        }
        Hazard h = load(id, user);
        int days = c.workingDays() == null ? (h.noticeWorkingDays == null ? 10 : h.noticeWorkingDays) : c.workingDays();
        if (days < 1 || days > MAX_DAYS) {
            throw FieldErrors.of("workingDays", StoredText.of("enterprise.error.rectificationDays", MAX_DAYS, days));
        }
        LocalDate due = calendar.current().addWorkingDays(today(), days).deadline();
        ItemView previous = h.itemId == null ? null : supervision.find(h.itemId).orElse(null);
        h.followUp(c.confirmed(), c.result() == null ? null : c.result().strip(), today(), due);
        if (!c.confirmed()) {
            h.onLoop(assign(h, previous == null ? null : previous.leadUnitId(), previous == null ? null : previous.leadPersonId(),
                    due, user, "enterprise.supervision.hazardRecheckTitle").id());
        }
        hazards.save(h);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), c.confirmed()
                ? StoredText.of("enterprise.audit.safety.rechecked") : StoredText.of("enterprise.audit.safety.reopened", due));
        return view(id);
    }

    /** A further photo of a hazard as found, by whoever records inspections of its enterprise. */
    @Transactional
    long photo(long id, MultipartFile file) {
        CurrentUser user = access.keeper();
        load(id, user);
        long photo = photos.store(HAZARD_PHOTO, id, file);
        audit.record(AuditAction.CREATE, "enterprise-photo", String.valueOf(photo), StoredText.of("enterprise.audit.safety.hazardPhoto", id));
        return photo;
    }

    /** The loop verified a hazard's item: closed (销号), on time or not. */
    @Transactional
    void itemClosed(long itemId, LocalDate on) {
        for (Hazard h : hazards.forItem(itemId)) {
            if (h.itemClosed(itemId, on)) {
                hazards.save(h);
            }
        }
    }

    /** The item's title ({@code titleKey}) and content are stored sentences, read in the reader's language on the 督办 pages. */
    private ItemView assign(Hazard h, Long department, Long person, LocalDate due, CurrentUser user, String titleKey) {
        String name = enterprises.find(h.creditCode).map(EnterpriseView::name).orElse(h.creditCode);
        String content = h.measures == null ? (h.description.length() > 4000 ? h.description.substring(0, 4000) : h.description)
                : StoredText.within(4000, "enterprise.supervision.hazardContent", h.description, h.measures);
        return supervision.assign(new NewItem(StoredText.within(300, titleKey, name), content,
                SOURCE, String.valueOf(h.id), "/api/v1/safety/hazards/" + h.id, department, person, List.of(), user.id(), null,
                due, null, today(), null, List.of()));
    }

    Hazard load(long id, CurrentUser user) {
        Hazard h = hazards.find(id).orElseThrow(() -> new NotFoundException(StoredText.of("enterprise.error.hazardNotFound", id)));
        if (!EnterpriseAccess.visible(user, h.creditCode, h.regionCode)) {
            throw new NotFoundException(StoredText.of("enterprise.error.hazardNotVisible", id));
        }
        return h;
    }

    @Transactional(readOnly = true)
    HazardView get(long id) {
        load(id, access.reader());
        return view(id);
    }

    HazardView view(long id) {
        return queries.find(id).orElseThrow(() -> new NotFoundException(StoredText.of("enterprise.error.hazardNotFound", id)));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
