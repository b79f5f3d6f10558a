package org.fagai.credit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.WorkCalendar;
import org.fagai.shared.web.DocumentType;
import org.fagai.shared.web.UploadGuard;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Online 信用修复 (令第58号): an enterprise account applies to end the publication of one of its penalties once the
 * minimum period has run ({@link PenaltyPeriod#repairedOn} decides, at application and again at the decision), with
 * its materials (each through {@link UploadGuard}) and a signed credit commitment; staff of the penalty's region decide
 * within {@code fagai.credit.repair-limit-days} working days of the submission (default 5, the official calendar);
 * a grant is the penalty's repair ({@link PenaltyRepairs}), so the public page stops showing it the same day.
 */
@Service
class RepairApplications {

    static final int MAX_MATERIALS = 10;
    static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final UserDirectory users;
    private final CreditAccess access;
    private final PenaltyRepairs repairs;
    private final CreditAuthority authority;
    private final WorkingCalendar calendar;
    private final UploadGuard guard;
    private final Clock clock;
    private final int limitDays;

    RepairApplications(JdbcClient jdbc, AuditLog audit, UserDirectory users, CreditAccess access, PenaltyRepairs repairs,
                       CreditAuthority authority, WorkingCalendar calendar, UploadGuard guard, Clock clock,
                       @Value("${fagai.credit.repair-limit-days:5}") int limitDays) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.users = users;
        this.access = access;
        this.repairs = repairs;
        this.authority = authority;
        this.calendar = calendar;
        this.guard = guard;
        this.clock = clock;
        this.limitDays = limitDays;
    }

    /** An enterprise applies for one of its own published penalties. */
    @Transactional
    long apply(long penaltyId, String reason, String commitment, List<MultipartFile> files) {
        CurrentUser user = users.requireCurrent();
        if (user.role() != Role.ENTERPRISE) {
            throw new AccessDeniedException("信用修复由企业账号在线申请");
        }
        Penalty penalty = penalty(penaltyId);
        if (penalty.creditCode() == null || !user.canSeeEnterprise(penalty.creditCode())) {
            throw new NotFoundException(StoredText.of("credit.error.penaltyMissing", penaltyId));
        }
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        String why = text(reason);
        String promise = text(commitment);
        if (why == null) {
            errors.add(new FieldErrors.FieldError("reason", StoredText.of("credit.error.correctionRequired")));
        } else if (why.length() > MAX_TEXT) {
            errors.add(new FieldErrors.FieldError("reason", StoredText.of("credit.error.textTooLong", MAX_TEXT)));
        }
        if (promise == null) {
            errors.add(new FieldErrors.FieldError("commitment", StoredText.of("credit.error.commitmentRequired")));
        } else if (promise.length() > MAX_TEXT) {
            errors.add(new FieldErrors.FieldError("commitment", StoredText.of("credit.error.textTooLong", MAX_TEXT)));
        }
        List<MultipartFile> materials = files == null ? List.of() : files.stream().filter(f -> f != null && !f.isEmpty()).toList();
        if (materials.isEmpty()) {
            errors.add(new FieldErrors.FieldError("files", StoredText.of("credit.error.evidenceRequired")));
        } else if (materials.size() > MAX_MATERIALS) {
            errors.add(new FieldErrors.FieldError("files", StoredText.of("credit.error.tooManyFiles", MAX_MATERIALS)));
        }
        if (penalty.publishedAt() == null || penalty.repairedAt() != null) {
            errors.add(new FieldErrors.FieldError("penaltyId", penalty.repairedAt() != null ? StoredText.of("credit.error.alreadyRepaired")
                    : StoredText.of("credit.error.notPublished")));
        }
        if (jdbc.sql("SELECT count(*) FROM credit_repair_application WHERE penalty_id = ? AND status = 'SUBMITTED'")
                .param(penaltyId).query(Long.class).single() > 0) {
            errors.add(new FieldErrors.FieldError("penaltyId", StoredText.of("credit.error.repairPending")));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        LocalDate today = LocalDate.now(clock);
        StoredPenaltyPeriods.period(jdbc, penaltyId).repairedOn(today);
        LocalDate due = calendar.current().addWorkingDays(today, limitDays).deadline();
        long id = jdbc.sql("""
                        INSERT INTO credit_repair_application (penalty_id, credit_code, region_code, reason, commitment, status,
                          submitted_by, due_date) VALUES (?, ?, ?, ?, ?, 'SUBMITTED', ?, ?) RETURNING id""")
                .params(penaltyId, penalty.creditCode(), penalty.regionCode(), why, promise, user.username(), due)
                .query(Long.class).single();
        for (MultipartFile file : materials) {
            store(id, file);
        }
        audit.record(AuditAction.CREATE, "credit-repair", String.valueOf(id), StoredText.of("credit.audit.repair.applied", penalty.document(), materials.size(), due));
        return id;
    }

    /** Staff of the penalty's region grant (the penalty's repair) or refuse (with the reason). */
    @Transactional
    RepairApplicationView decide(long id, Boolean granted, String reason) {
        RepairApplicationView application = find(id);
        CurrentUser user = access.editorOf(application.regionCode());
        if (!"SUBMITTED".equals(application.status())) {
            throw FieldErrors.of("id", StoredText.of("credit.error.repairClosed"));
        }
        if (granted == null) {
            throw FieldErrors.of("granted", StoredText.of("credit.error.grantedRequired"));
        }
        String why = text(reason);
        if (!granted && why == null) {
            throw FieldErrors.of("reason", StoredText.of("credit.error.refusalReasonRequired"));
        }
        if (why != null && why.length() > MAX_TEXT) {
            throw FieldErrors.of("reason", StoredText.of("credit.error.textTooLong", MAX_TEXT));
        }
        if (granted) {
            repairs.repair(application.penaltyId(), new PenaltyRepairs.RepairCommand(
                    "在线信用修复申请 " + id + "：" + application.reason() + (why == null ? "" : "；审核意见：" + why),
                    authority.name()));
        }
        jdbc.sql("""
                        UPDATE credit_repair_application SET status = ?, decided_at = now(), decided_by = ?, decision_reason = ?
                        WHERE id = ? AND status = 'SUBMITTED'""")
                .params(granted ? "GRANTED" : "REFUSED", user.username(), why, id).update();
        audit.record(AuditAction.UPDATE, "credit-repair", String.valueOf(id), why == null
                ? StoredText.of(granted ? "credit.audit.repair.decidedGranted" : "credit.audit.repair.decidedRefused")
                : StoredText.of(granted ? "credit.audit.repair.decidedGrantedWhy" : "credit.audit.repair.decidedRefusedWhy", why));
        return find(id);
    }

    @Transactional(readOnly = true)
    RepairApplicationView find(long id) {
        CurrentUser user = users.requireCurrent();
        RepairApplicationView view = jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(this::view).optional()
                .orElseThrow(() -> new NotFoundException(StoredText.of("credit.error.repairMissing", id)));
        if (!visible(user, view)) {
            throw new NotFoundException(StoredText.of("credit.error.repairMissing", id));
        }
        return view;
    }

    /** Staff see their region's applications, open ones first; an enterprise its own. */
    @Transactional(readOnly = true)
    ListPage<RepairApplicationView> list(String status, int page, int size) {
        CurrentUser user = users.requireCurrent();
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> params = new ArrayList<>();
        if (user.role() == Role.ENTERPRISE) {
            where.append(" AND r.credit_code = ?");
            params.add(user.ownerCreditCode());
        } else {
            access.reader();
            if (!user.isAdmin()) {
                where.append(" AND r.region_code LIKE ?");
                params.add(org.fagai.shared.RegionCode.of(user.regionCode()).scopePrefix() + "%");
            }
        }
        if (text(status) != null) {
            where.append(" AND r.status = ?");
            params.add(status.strip().toUpperCase());
        }
        long total = jdbc.sql("SELECT count(*) FROM credit_repair_application r" + where).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(size);
        paged.add((long) page * size);
        List<RepairApplicationView> items = jdbc.sql(SELECT + where
                        + " ORDER BY (r.status = 'SUBMITTED') DESC, r.due_date, r.id DESC LIMIT ? OFFSET ?")
                .params(paged).query(this::view).list();
        return new ListPage<>(items, total, page, size);
    }

    /** A material's content, for whoever may see its application. */
    @Transactional(readOnly = true)
    EvidenceContent material(long id, long materialId) {
        find(id);
        return jdbc.sql("SELECT file_name, content_type, content FROM credit_repair_material WHERE application_id = ? AND id = ?")
                .params(id, materialId).query((rs, i) -> new EvidenceContent(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional().orElseThrow(() -> new NotFoundException(StoredText.of("credit.error.materialMissing", materialId)));
    }

    record EvidenceContent(String fileName, String contentType, byte[] content) {
    }

    private void store(long applicationId, MultipartFile file) {
        String name = safeName(file.getOriginalFilename());
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocumentType type = guard.checkDocument(name, bytes);
        jdbc.sql("INSERT INTO credit_repair_material (application_id, file_name, content_type, size_bytes, content) VALUES (?, ?, ?, ?, ?)")
                .params(applicationId, name, type.contentType(), bytes.length, bytes).update();
    }

    private static boolean visible(CurrentUser user, RepairApplicationView view) {
        if (user.role() == Role.ENTERPRISE) {
            return user.canSeeEnterprise(view.creditCode());
        }
        return user.role() != Role.OWNER && user.canSeeRegion(view.regionCode());
    }

    private static final String SELECT = """
            SELECT r.*, p.cf_wsh, p.cf_xdr_mc FROM credit_repair_application r JOIN credit_penalty p ON p.id = r.penalty_id""";

    private RepairApplicationView view(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        String status = rs.getString("status");
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        LocalDate today = LocalDate.now(clock);
        WorkCalendar cal = calendar.current();
        boolean open = "SUBMITTED".equals(status);
        Integer left = open && !due.isBefore(today) ? workingDaysAfter(cal, today, due) : null;
        List<RepairApplicationView.Material> materials = jdbc.sql(
                        "SELECT id, file_name, content_type, size_bytes FROM credit_repair_material WHERE application_id = ? ORDER BY id")
                .param(id).query((m, i) -> new RepairApplicationView.Material(m.getLong(1), m.getString(2), m.getString(3),
                        m.getLong(4))).list();
        return new RepairApplicationView(id, rs.getLong("penalty_id"), rs.getString("cf_wsh"), rs.getString("cf_xdr_mc"),
                rs.getString("credit_code"), rs.getString("region_code"), rs.getString("reason"), rs.getString("commitment"),
                status, ChinaTime.zoned(rs.getObject("submitted_at", OffsetDateTime.class)), rs.getString("submitted_by"), due,
                left, open && due.isBefore(today), ChinaTime.zoned(rs.getObject("decided_at", OffsetDateTime.class)),
                rs.getString("decided_by"), rs.getString("decision_reason"), materials);
    }

    private record Penalty(String creditCode, String regionCode, String document, OffsetDateTime publishedAt,
                           OffsetDateTime repairedAt) {
    }

    private Penalty penalty(long id) {
        return jdbc.sql("SELECT cf_xdr_shxym, region_code, cf_wsh, published_at, repaired_at FROM credit_penalty WHERE id = ?")
                .param(id).query((rs, i) -> new Penalty(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class)))
                .optional().orElseThrow(() -> new NotFoundException(StoredText.of("credit.error.penaltyMissing", id)));
    }

    /** Working days after {@code from} up to and including {@code to}: 剩余 N 个工作日. */
    static int workingDaysAfter(WorkCalendar cal, LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (cal.isWorkday(d)) {
                n++;
            }
        }
        return n;
    }

    private static String safeName(String original) {
        String name = original == null ? "" : original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "_").strip();
        return name.isEmpty() ? "file" : name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
