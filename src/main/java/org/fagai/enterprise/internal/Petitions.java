package org.fagai.enterprise.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.Commands;
import org.fagai.shared.ConflictException;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.RegionCode;
import org.fagai.shared.StoredText;
import org.fagai.supervision.DeadlineChange;
import org.fagai.supervision.ItemView;
import org.fagai.supervision.NewItem;
import org.fagai.supervision.SupervisionItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 信访 cases: receive, accept (onto the 督办 loop, due the answer date) or refuse, extend once, answer. */
@Service
class Petitions {

    static final String SOURCE = "PETITION";
    private static final String AUDIT_TYPE = "petition";

    private final JdbcClient jdbc;
    private final PetitionQueries queries;
    private final EnterpriseAccess access;
    private final Enterprises enterprises;
    private final SupervisionItems supervision;
    private final WorkingCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;

    Petitions(JdbcClient jdbc, PetitionQueries queries, EnterpriseAccess access, Enterprises enterprises,
              SupervisionItems supervision, WorkingCalendar calendar, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.access = access;
        this.enterprises = enterprises;
        this.supervision = supervision;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    PetitionView receive(PetitionCommands.Receive c) {
        CurrentUser user = access.handler();
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("enterprise.error.bodyMissing"));
        }
        Commands.check(c);
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        if (c.petitioner() == null || c.petitioner().isBlank()) {
            errors.add(new FieldErrors.FieldError("petitioner", StoredText.of("enterprise.error.petitionerMissing")));
        }
        if (c.content() == null || c.content().isBlank()) {
            errors.add(new FieldErrors.FieldError("content", StoredText.of("enterprise.error.petitionContentMissing")));
        }
        LocalDate received = c.receivedOn() == null ? today() : c.receivedOn();
        if (received.isAfter(today()) || received.getYear() < 2000) {
            errors.add(new FieldErrors.FieldError("receivedOn", StoredText.of("enterprise.error.receivedOnRange", received)));
        }
        String code = null;
        String region = c.regionCode() == null || c.regionCode().isBlank() ? user.regionCode() : c.regionCode().strip();
        if (c.creditCode() != null && !c.creditCode().isBlank()) {
            var e = enterprises.get(c.creditCode());
            code = e.creditCode();
            region = e.regionCode();
        }
        try {
            RegionCode.of(region);
            if (!user.canSeeRegion(region)) {
                errors.add(new FieldErrors.FieldError("regionCode", StoredText.of("enterprise.error.regionNotYours", region)));
            }
        } catch (IllegalArgumentException e) {
            errors.add(new FieldErrors.FieldError("regionCode", e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        LocalDate due = PetitionLimits.REGULATION.acceptDue(received, calendar.current());
        long id = jdbc.sql("""
                        INSERT INTO petition (petitioner, credit_code, region_code, content, state, received_on, accept_due, created_by)
                        VALUES (?, ?, ?, ?, 'RECEIVED', ?, ?, ?) RETURNING id""")
                .params(c.petitioner().strip(), code, region, c.content().strip(), received, due, user.username())
                .query(Long.class).single();
        audit.record(AuditAction.CREATE, AUDIT_TYPE, String.valueOf(id), StoredText.of("enterprise.audit.petition.registered", received, due));
        return get(id);
    }

    @Transactional
    PetitionView decide(long id, PetitionCommands.Decide c) {
        CurrentUser user = access.handler();
        Commands.check(c);
        Petition p = load(id, user);
        LocalDate on = c.on() == null ? today() : c.on();
        if (c.accept()) {
            p.accept(on, calendar.current());
            ItemView item = supervision.assign(new NewItem(StoredText.of("enterprise.supervision.petitionTitle", id), contentOf(id), SOURCE, String.valueOf(id),
                    "/api/v1/petitions/" + id, c.departmentId(), c.leadPersonId(), List.of(), user.id(), null, p.answerDue,
                    null, on.isAfter(today()) ? today() : on, null, List.of()));
            p.itemId = item.id();
        } else {
            if (c.reason() == null || c.reason().isBlank()) {
                throw FieldErrors.of("reason", StoredText.of("enterprise.error.refusalReasonMissing"));
            }
            p.refuse(on, c.reason().strip());
        }
        save(p);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), c.accept()
                ? StoredText.of("enterprise.audit.petition.accepted", p.answerDue) : StoredText.of("enterprise.audit.petition.refused"));
        return get(id);
    }

    @Transactional
    PetitionView extend(long id, PetitionCommands.Extend c) {
        CurrentUser user = access.handler();
        Commands.check(c);
        if (c == null || c.days() == null) {
            throw FieldErrors.of("days", StoredText.of("enterprise.error.extensionDaysMissing"));
        }
        if (c.reason() == null || c.reason().isBlank()) {
            throw FieldErrors.of("reason", StoredText.of("enterprise.error.extensionReasonMissing"));
        }
        Petition p = load(id, user);
        p.extend(c.days(), c.reason().strip(), calendar.current());
        save(p);
        if (p.itemId != null && supervision.find(p.itemId).map(item -> item.state().open()).orElse(true)) {
            supervision.moveDeadline(p.itemId, new DeadlineChange(SOURCE, String.valueOf(id), p.answerDue,
                    "信访件依法延长办理期限 " + c.days() + " 日：" + c.reason().strip()));
        }
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), StoredText.of("enterprise.audit.petition.extended", c.days(), p.answerDue));
        return get(id);
    }

    @Transactional
    PetitionView answer(long id, PetitionCommands.Answer c) {
        CurrentUser user = access.handler();
        Commands.check(c);
        if (c == null || c.answer() == null || c.answer().isBlank()) {
            throw FieldErrors.of("answer", StoredText.of("enterprise.error.petitionAnswerMissing"));
        }
        Petition p = load(id, user);
        p.answer(c.answer().strip(), c.on() == null ? today() : c.on());
        save(p);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), StoredText.of(Boolean.TRUE.equals(p.answeredOnTime())
                ? "enterprise.audit.petition.answered" : "enterprise.audit.petition.answeredLate"));
        return get(id);
    }

    /** The loop closed the case's item: without an answer yet, its result is the answer. */
    @Transactional
    void itemClosed(long itemId, String result, LocalDate on) {
        for (Long id : jdbc.sql("SELECT id FROM petition WHERE item_id = ? AND state = 'ACCEPTED'").param(itemId).query(Long.class).list()) {
            Petition p = find(id);
            p.answer(result == null || result.isBlank() ? "（督办事项已办结）" : result, on.isBefore(p.acceptedOn) ? p.acceptedOn : on);
            save(p);
        }
    }

    @Transactional(readOnly = true)
    PetitionView get(long id) {
        load(id, access.reader());
        return queries.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    PetitionQueries.Page list(PetitionQueries.Filter filter) {
        return queries.list(filter, access.handler());
    }

    @Transactional(readOnly = true)
    void each(PetitionQueries.Filter filter, java.util.function.Consumer<PetitionView> consumer) {
        queries.each(filter, access.handler(), consumer);
    }

    private String contentOf(long id) {
        String content = jdbc.sql("SELECT content FROM petition WHERE id = ?").param(id).query(String.class).single();
        return content.length() > 4000 ? content.substring(0, 4000) : content;
    }

    private Petition load(long id, CurrentUser user) {
        String region = jdbc.sql("SELECT region_code FROM petition WHERE id = ?").param(id).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException(StoredText.of("enterprise.error.petitionNotFound", id)));
        if (user.role().unitAccount() || !user.canSeeRegion(region)) {
            throw new NotFoundException(StoredText.of("enterprise.error.petitionNotVisible", id));
        }
        return find(id);
    }

    private Petition find(long id) {
        return jdbc.sql("SELECT * FROM petition WHERE id = ?").param(id).query(Petitions::map).single();
    }

    private void save(Petition p) {
        int n = jdbc.sql("""
                        UPDATE petition SET state = ?, accepted_on = ?, refusal_reason = ?, answer_due = ?, extension_days = ?,
                          extension_reason = ?, answered_on = ?, answer = ?, item_id = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(p.state.name(), p.acceptedOn, p.refusalReason, p.answerDue, p.extensionDays, p.extensionReason,
                        p.answeredOn, p.answer, p.itemId, p.id, p.version)
                .update();
        if (n == 0) {
            throw new ConflictException("version", StoredText.of("enterprise.error.petitionStale"));
        }
        p.version++;
    }

    static Petition map(ResultSet rs, int row) throws SQLException {
        Petition p = new Petition(rs.getLong("id"), PetitionState.valueOf(rs.getString("state")),
                rs.getObject("received_on", LocalDate.class));
        p.acceptDue = rs.getObject("accept_due", LocalDate.class);
        p.acceptedOn = rs.getObject("accepted_on", LocalDate.class);
        p.refusalReason = rs.getString("refusal_reason");
        p.answerDue = rs.getObject("answer_due", LocalDate.class);
        p.extensionDays = rs.getObject("extension_days", Integer.class);
        p.extensionReason = rs.getString("extension_reason");
        p.answeredOn = rs.getObject("answered_on", LocalDate.class);
        p.answer = rs.getString("answer");
        p.itemId = rs.getObject("item_id", Long.class);
        p.version = rs.getInt("version");
        return p;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
