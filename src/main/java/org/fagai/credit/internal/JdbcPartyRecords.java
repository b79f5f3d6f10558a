package org.fagai.credit.internal;

import java.util.List;
import org.fagai.credit.PartyRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcPartyRecords implements PartyRecords {

    private final JdbcClient jdbc;

    JdbcPartyRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartyRecord> forParty(String creditCode, int limit) {
        return jdbc.sql("""
                        SELECT * FROM (
                          SELECT 'LICENCE' AS type, xk_wsh AS number, xk_xkws AS title, xk_nr AS content, xk_jdrq AS decided,
                                 published_at IS NOT NULL AS published, NULL::date AS public_until
                          FROM credit_licence WHERE xk_xdr_shxym = ?
                          UNION ALL
                          SELECT 'PENALTY', cf_wsh, cf_wfxw, cf_nr, cf_jdrq, published_at IS NOT NULL, cf_gsjzq
                          FROM credit_penalty WHERE cf_xdr_shxym = ?) r
                        ORDER BY decided DESC LIMIT ?""")
                .params(creditCode, creditCode, Math.max(1, Math.min(limit, 200)))
                .query((rs, n) -> new PartyRecord(rs.getString("type"), rs.getString("number"), rs.getString("title"),
                        rs.getString("content"), rs.getObject("decided", java.time.LocalDate.class), rs.getBoolean("published"),
                        rs.getObject("public_until", java.time.LocalDate.class)))
                .list();
    }
}
