package org.fagai.planning.internal.price;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.organization.CurrentUser;
import org.fagai.planning.internal.Checks;
import org.fagai.planning.internal.PlanningAccess;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.NotFoundException;
import org.fagai.supervision.ItemView;
import org.fagai.supervision.NewItem;
import org.fagai.supervision.SupervisionItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 价格认证 cases: a request from a 纪检监察 body, the police, a court … to certify a price within N working days, put
 * on the 督办 loop (its deadline is the item's, on the official calendar); the case concludes when the item is verified.
 */
@Service
class Certifications {

    static final String SOURCE = "PRICE_CERTIFICATION";
    static final Set<String> REQUESTERS = Set.of("DISCIPLINE", "POLICE", "PROCURATORATE", "COURT", "TAX", "OTHER");

    record NewCase(@MaxLength(16) String requesterKind, @MaxLength(100) String requester, @MaxLength(300) String subject,
                   @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                   LocalDate requestDate, Integer workingDays, Long leadUnitId, Long leadPersonId, Long supervisorId) {
    }

    record Result(@MaxLength(MaxLength.TEXT) String result, @MaxLength(50) String documentNo) {
    }

    record Query(String state, Integer year, String q, int page, int size) {
    }

    record Page(List<Certification> items, long total, int page, int size) {
    }

    private final JdbcClient jdbc;
    private final SupervisionItems items;
    private final PlanningAccess access;
    private final PriceSettings settings;
    private final WorkingCalendar calendar;
    private final PriceMonitoring monitoring;
    private final PriceScope scope;
    private final AuditLog audit;

    Certifications(JdbcClient jdbc, SupervisionItems items, PlanningAccess access, PriceSettings settings, WorkingCalendar calendar,
                   PriceMonitoring monitoring, PriceScope scope, AuditLog audit) {
        this.scope = scope;
        this.jdbc = jdbc;
        this.items = items;
        this.access = access;
        this.settings = settings;
        this.calendar = calendar;
        this.monitoring = monitoring;
        this.audit = audit;
    }

    @Transactional
    Certification create(NewCase c) {
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("planning.error.body"));
        }
        Commands.check(c);
        CurrentUser user = access.reader();
        access.writerOf(user.regionCode());
        Checks checks = Checks.start();
        String kind = checks.text("requesterKind", c.requesterKind(), 16, "planning.field.requesterKind");
        if (kind != null && !REQUESTERS.contains(kind)) {
            checks.add("requesterKind", StoredText.of("planning.error.requesterKind", kind));
        }
        String requester = checks.text("requester", c.requester(), 100, "planning.field.requester");
        String subject = checks.text("subject", c.subject(), 300, "planning.field.subject");
        LocalDate requested = c.requestDate() == null ? monitoring.today() : c.requestDate();
        if (requested.isAfter(monitoring.today()) || requested.isBefore(monitoring.today().minusYears(1))) {
            checks.add("requestDate", StoredText.of("planning.error.requestDate", requested));
        }
        int days = c.workingDays() == null ? settings.certificationDays() : c.workingDays();
        if (days < 1 || days > 60) {
            checks.add("workingDays", StoredText.of("planning.error.workingDays"));
        }
        checks.throwIfAny();
        int year = requested.getYear();
        int next = jdbc.sql("SELECT count(*) FROM price_certification WHERE case_no LIKE ?").param("价认〔" + year + "〕%")
                .query(Integer.class).single() + 1;
        String caseNo = "价认〔" + year + "〕" + next + "号";
        long id = jdbc.sql("SELECT nextval('price_certification_id_seq')").query(Long.class).single();
        ItemView item = items.assign(new NewItem(StoredText.within(300, "planning.supervision.certificationTitle", subject),
                StoredText.within(4000, "planning.supervision.certificationContent", requester, subject, caseNo),
                SOURCE, caseNo, "/prices/certifications/" + id, c.leadUnitId(), c.leadPersonId(), null, c.supervisorId(), null,
                null, days, requested, null, null));
        jdbc.sql("""
                        INSERT INTO price_certification (id, case_no, region_code, requester_kind, requester, subject, request_date,
                            working_days, deadline, item_id, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, caseNo, user.regionCode(), kind, requester, subject, requested, days, item.deadline(), item.id(),
                        user.username())
                .update();
        audit.record(AuditAction.CREATE, "price_certification", String.valueOf(id), StoredText.of("planning.audit.certification.accepted", caseNo, subject, days, item.deadline()));
        return get(id);
    }

    @Transactional
    Certification recordResult(long id, Result r) {
        if (r == null) {
            throw FieldErrors.of("body", StoredText.of("planning.error.body"));
        }
        Commands.check(r);
        Certification c = get(id);
        if (!leadPerson(c)) {
            access.writerOf(c.regionCode());
        }
        if (!"OPEN".equals(c.state())) {
            throw FieldErrors.of("result", StoredText.of("CONCLUDED".equals(c.state()) ? "planning.error.caseConcluded" : "planning.error.caseWithdrawn"));
        }
        Checks checks = Checks.start();
        String result = checks.text("result", r.result(), MaxLength.TEXT, "planning.field.result");
        String doc = checks.text("documentNo", r.documentNo(), 50, "planning.field.documentNo");
        checks.throwIfAny();
        jdbc.sql("UPDATE price_certification SET result = ?, document_no = ? WHERE id = ?").params(result, doc, id).update();
        audit.record(AuditAction.UPDATE, "price_certification", String.valueOf(id), StoredText.of("planning.audit.certification.concluded", doc));
        return get(id);
    }

    @Transactional(readOnly = true)
    Certification get(long id) {
        Certification c = jdbc.sql("SELECT * FROM price_certification WHERE id = ?").param(id).query((rs, n) -> row(rs)).optional()
                .orElseThrow(() -> new NotFoundException(StoredText.of("planning.error.caseNotFound", id)));
        if (!access.reader().canSeeRegion(c.regionCode()) && !leadPerson(c)) {
            throw new NotFoundException(StoredText.of("planning.error.caseOutOfScope", id));
        }
        return c;
    }

    /** The item's lead person handles the case wherever it belongs: he may read it and record its result. */
    private boolean leadPerson(Certification c) {
        long user = access.reader().id();
        return items.find(c.itemId()).filter(i -> i.leadPersonId() == user).isPresent();
    }

    @Transactional(readOnly = true)
    Page list(Query q) {
        access.reader();
        StringBuilder where = new StringBuilder(" WHERE (CAST(? AS VARCHAR[]) IS NULL OR region_code = ANY(?))");
        List<Object> params = new ArrayList<>();
        String[] regions = scope.regions();
        params.add(regions);
        params.add(regions);
        if (q.state() != null && !q.state().isBlank()) {
            where.append(" AND state = ?");
            params.add(q.state());
        }
        if (q.year() != null) {
            where.append(" AND request_date >= ? AND request_date < ?");
            params.add(LocalDate.of(q.year(), 1, 1));
            params.add(LocalDate.of(q.year() + 1, 1, 1));
        }
        if (q.q() != null && !q.q().isBlank()) {
            where.append(" AND (subject LIKE ? OR case_no LIKE ? OR requester LIKE ?)");
            String like = "%" + q.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
            params.add(like);
        }
        long total = jdbc.sql("SELECT count(*) FROM price_certification" + where).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(q.size());
        paged.add((long) q.page() * q.size());
        List<Certification> rows = jdbc.sql("SELECT * FROM price_certification" + where
                        + " ORDER BY request_date DESC, id DESC LIMIT ? OFFSET ?")
                .params(paged).query((rs, n) -> row(rs)).list();
        return new Page(rows, total, q.page(), q.size());
    }

    CaseClock clock(Certification c) {
        return CaseClock.of(calendar.current(), c.state(), c.requestDate(), c.deadline(), c.concludedOn(), monitoring.today());
    }

    private static Certification row(ResultSet rs) throws SQLException {
        return new Certification(rs.getLong("id"), rs.getString("case_no"), rs.getString("region_code"),
                rs.getString("requester_kind"), rs.getString("requester"), rs.getString("subject"),
                rs.getObject("request_date", LocalDate.class), rs.getInt("working_days"), rs.getObject("deadline", LocalDate.class),
                rs.getLong("item_id"), rs.getString("state"), rs.getString("result"), rs.getString("document_no"),
                rs.getObject("concluded_on", LocalDate.class), (Boolean) rs.getObject("on_time"), rs.getString("created_by"));
    }
}
