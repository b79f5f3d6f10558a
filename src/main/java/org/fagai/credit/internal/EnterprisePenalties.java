package org.fagai.credit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An enterprise account's own penalties in publication, with the day credit repair may be applied for. */
@Service
class EnterprisePenalties {

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final Clock clock;

    EnterprisePenalties(JdbcClient jdbc, UserDirectory users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    record InPublication(long id, String documentNumber, String violationType, LocalDate decisionDate,
                         LocalDate publicUntil, LocalDate repairableFrom, boolean repairableNow, boolean applied) {
    }

    @Transactional(readOnly = true)
    List<InPublication> inPublication() {
        CurrentUser user = users.requireCurrent();
        if (user.role() != Role.ENTERPRISE || user.ownerCreditCode() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        SELECT p.id, p.cf_wsh, p.cf_wfxw, p.cf_jdrq, p.cf_gsjzq, p.repairable_from,
                          EXISTS (SELECT 1 FROM credit_repair_application r WHERE r.penalty_id = p.id AND r.status = 'SUBMITTED') AS applied
                        FROM credit_penalty p
                        WHERE p.cf_xdr_shxym = ? AND p.published_at IS NOT NULL AND p.cf_gsjzq >= ? ORDER BY p.cf_jdrq DESC""")
                .params(user.ownerCreditCode(), today)
                .query((rs, i) -> {
                    LocalDate from = rs.getObject("repairable_from", LocalDate.class);
                    LocalDate until = rs.getObject("cf_gsjzq", LocalDate.class);
                    return new InPublication(rs.getLong("id"), rs.getString("cf_wsh"), rs.getString("cf_wfxw"),
                            rs.getObject("cf_jdrq", LocalDate.class), until, from,
                            new PenaltyPeriod(from, until, 0, 0).repairableOn(today), rs.getBoolean("applied"));
                }).list();
    }
}
