package org.fagai.credit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What licences and penalties share: publication, the export for the credit platform, the public search. */
@Service
class Disclosures {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CreditAccess access;
    private final Licences licences;
    private final Penalties penalties;
    private final Clock clock;

    Disclosures(JdbcClient jdbc, AuditLog audit, CreditAccess access, Licences licences, Penalties penalties, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.licences = licences;
        this.penalties = penalties;
        this.clock = clock;
    }

    /** Rows for the credit platform, national field codes as headers, identity numbers in full (audited). */
    @Transactional
    DisclosureExport.Table export(DisclosureQuery q) {
        CurrentUser user = access.reader();
        DisclosureExport.Table table;
        if (q.licences()) {
            DisclosureFilter where = DisclosureFilter.of(q, user, DisclosureFilter.LICENCES);
            table = DisclosureExport.licences(jdbc.sql("SELECT * FROM credit_licence" + where.sql() + " ORDER BY xk_jdrq, id")
                    .params(where.params()).query(DisclosureExport.LICENCE_ROW).list());
        } else {
            DisclosureFilter where = DisclosureFilter.of(q, user, DisclosureFilter.PENALTIES);
            table = DisclosureExport.penalties(jdbc.sql("SELECT * FROM credit_penalty" + where.sql() + " ORDER BY cf_jdrq, id")
                    .params(where.params()).query(DisclosureExport.PENALTY_ROW).list());
        }
        audit.record(AuditAction.EXPORT, q.licences() ? "credit-licence" : "credit-penalty", null,
                StoredText.of("credit.audit.disclosures.export", table.rows().size(), q.from(), q.to()));
        return table;
    }

    @Transactional
    void publish(String type, long id) {
        boolean licence = new DisclosureQuery(type, null, null, null, null, 0, 1).licences();
        String table = licence ? "credit_licence" : "credit_penalty";
        String region = jdbc.sql("SELECT region_code FROM " + table + " WHERE id = ?").param(id).query(String.class)
                .optional().orElseThrow(() -> new NotFoundException(StoredText.of("credit.error.disclosureMissing", id)));
        CurrentUser user = access.editorOf(region);
        int updated = jdbc.sql("UPDATE " + table + " SET published_at = now(), published_by = ? WHERE id = ? AND published_at IS NULL")
                .params(user.username(), id).update();
        if (updated == 0) {
            throw FieldErrors.of("id", StoredText.of("credit.error.alreadyPublished"));
        }
        audit.record(AuditAction.UPDATE, licence ? "credit-licence" : "credit-penalty", String.valueOf(id), StoredText.of("credit.audit.disclosures.published"));
    }

    /** The public page: published licences, and published penalties up to their stored CF_GSJZQ (repair moves it). */
    @Transactional(readOnly = true)
    PublicResults publicSearch(String keyword) {
        if (blank(keyword)) {
            return new PublicResults(List.of(), List.of());
        }
        String k = keyword.strip();
        LocalDate today = LocalDate.now(clock);
        List<LicenceView> licenceRows = jdbc.sql("""
                        SELECT * FROM credit_licence WHERE published_at IS NOT NULL AND (xk_xdr_mc LIKE ? OR xk_xdr_shxym = ?)
                        ORDER BY xk_jdrq DESC LIMIT 100""")
                .params("%" + k + "%", k.toUpperCase()).query((rs, i) -> licences.toLicence(rs, i)).list();
        List<PenaltyView> penaltyRows = jdbc.sql("""
                        SELECT * FROM credit_penalty WHERE published_at IS NOT NULL AND cf_gsjzq >= ?
                          AND (cf_xdr_mc LIKE ? OR cf_xdr_shxym = ?)
                        ORDER BY cf_jdrq DESC LIMIT 100""")
                .params(today, "%" + k + "%", k.toUpperCase()).query((rs, i) -> penalties.toPenalty(rs, i)).list();
        return new PublicResults(licenceRows, penaltyRows);
    }

    record PublicResults(List<LicenceView> licences, List<PenaltyView> penalties) {
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
