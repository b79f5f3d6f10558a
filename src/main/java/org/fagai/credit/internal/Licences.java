package org.fagai.credit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.credit.LicenceDisclosures;
import org.fagai.credit.LicenceGranted;
import org.fagai.credit.LicenceSummary;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.CreditCode;
import org.fagai.shared.WorkCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 行政许可 双公示 records (XK_*): one for each licence an approval grants, due for publication within 7 working days. */
@Service
class Licences implements LicenceDisclosures {

    static final Set<String> LICENCE_CATEGORIES = Set.of("普通", "特许", "认可", "核准", "登记", "其他");
    static final String VALID = "1";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CreditAccess access;
    private final WorkingCalendar calendar;
    private final CreditAuthority authority;
    private final Clock clock;

    Licences(JdbcClient jdbc, AuditLog audit, CreditAccess access, WorkingCalendar calendar, CreditAuthority authority,
             Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.calendar = calendar;
        this.authority = authority;
        this.clock = clock;
    }

    /** The 双公示 record of a granted licence, due within 7 working days of the decision. */
    long record(LicenceGranted r) {
        if (!LICENCE_CATEGORIES.contains(r.category())) {
            throw new IllegalArgumentException("许可类别应为 普通/特许/认可/核准/登记/其他：" + r.category());
        }
        String code = CreditCode.of(r.holderCreditCode()).value();
        LocalDate due = PublicationFlag.dueDate(r.decisionDate(), calendar.current());
        long id = jdbc.sql("""
                        INSERT INTO credit_licence (application_id, region_code, xk_xdr_mc, xk_xdr_lb, xk_xdr_shxym, xk_xkws, xk_wsh,
                          xk_xklb, xk_nr, xk_jdrq, xk_yxqz, xk_yxqzi, xk_xkjg, xk_xkjgdm, xk_zt, xk_lydw, xk_lydwdm, due_date)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(r.applicationId(), r.regionCode(), r.holderName(), PartyType.ofCreditCode(code).label(), code,
                        r.documentName(), r.documentNumber(),
                        r.category(), r.content(), r.decisionDate(), r.validFrom(), r.validTo(), authority.name(),
                        authority.code(), VALID, authority.name(), authority.code(), due)
                .query(Long.class).single();
        audit.record(AuditAction.CREATE, "credit-licence", String.valueOf(id),
                StoredText.of("credit.audit.licence.recorded", r.documentNumber(), r.holderName(), due));
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, LicenceSummary> forApplications(Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, LicenceSummary> found = new HashMap<>();
        jdbc.sql("""
                        SELECT id, application_id, xk_wsh, xk_jdrq, due_date, published_at FROM credit_licence
                        WHERE application_id = ANY(?)""")
                .param(applicationIds.toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    found.put(rs.getLong("application_id"), toSummary(rs));
                });
        return found;
    }

    private static LicenceSummary toSummary(ResultSet rs) throws SQLException {
        OffsetDateTime published = rs.getObject("published_at", OffsetDateTime.class);
        return new LicenceSummary(rs.getLong("id"), rs.getString("xk_wsh"),
                rs.getObject("xk_jdrq", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                published == null ? null : ChinaTime.zoned(published).toLocalDateTime());
    }

    @Transactional(readOnly = true)
    LicenceView licence(long id) {
        access.reader();
        return jdbc.sql("SELECT * FROM credit_licence WHERE id = ?").param(id).query(this::toLicence).optional()
                .orElseThrow(() -> new org.fagai.shared.NotFoundException(StoredText.of("credit.error.licenceMissing", id)));
    }

    @Transactional(readOnly = true)
    ListPage<LicenceView> licences(DisclosureQuery q) {
        CurrentUser user = access.reader();
        DisclosureFilter where = DisclosureFilter.of(q, user, DisclosureFilter.LICENCES);
        long total = jdbc.sql("SELECT count(*) FROM credit_licence" + where.sql()).params(where.params()).query(Long.class).single();
        List<LicenceView> items = jdbc.sql("SELECT * FROM credit_licence" + where.sql() + " ORDER BY xk_jdrq DESC, id DESC LIMIT ? OFFSET ?")
                .params(where.paged(q)).query(this::toLicence).list();
        return new ListPage<>(items, total, q.page(), q.size());
    }

    LicenceView toLicence(ResultSet rs, int row) throws SQLException {
        OffsetDateTime published = ChinaTime.zoned(rs.getObject("published_at", OffsetDateTime.class));
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        WorkCalendar cal = calendar.current();
        long id = rs.getLong("application_id");
        Long applicationId = rs.wasNull() ? null : id;
        Party party = Party.read(rs, "xk");
        return new LicenceView(rs.getLong("id"), applicationId, rs.getString("region_code"),
                rs.getString("xk_xdr_mc"), rs.getString("xk_xdr_shxym"), rs.getString("xk_xkws"), rs.getString("xk_wsh"),
                rs.getString("xk_xklb"), rs.getString("xk_nr"), rs.getObject("xk_jdrq", LocalDate.class),
                rs.getObject("xk_yxqz", LocalDate.class), rs.getObject("xk_yxqzi", LocalDate.class), rs.getString("xk_xkjg"),
                rs.getString("xk_xkjgdm"), rs.getString("xk_zt"), rs.getString("xk_lydw"), rs.getString("xk_lydwdm"), due,
                published, rs.getString("published_by"), PublicationFlag.of(published != null, due, LocalDate.now(clock), cal),
                party.masked(), rs.getString("xk_xkzs"), rs.getString("xk_xkbh"), rs.getString("bz"),
                LicenceParties.missingItems(party));
    }
}
