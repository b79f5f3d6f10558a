package org.fagai.credit.internal;

import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.credit.CommitmentMade;
import org.fagai.credit.CommitmentSettled;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 信用承诺 on the credit file: each commitment approval reports is kept with its outcome; a breached one stays as a
 * record on the applicant's file (shown in its credit report).
 */
@Component
class Commitments {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Commitments(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(CommitmentMade e) {
        jdbc.sql("""
                        INSERT INTO credit_commitment (application_id, credit_code, party_name, content, made_on, promised_by, status)
                        VALUES (?, ?, ?, ?, ?, ?, 'OPEN') ON CONFLICT (application_id) DO NOTHING""")
                .params(e.applicationId(), e.creditCode(), e.partyName(), e.content(), e.madeOn(), e.promisedBy()).update();
    }

    @ApplicationModuleListener
    void on(CommitmentSettled e) {
        int updated = jdbc.sql("""
                        UPDATE credit_commitment SET status = ?, settled_on = ?, note = ?
                        WHERE application_id = ? AND status <> 'BREACHED'""")
                .params(e.kept() ? "KEPT" : "BREACHED", e.on(), e.note(), e.applicationId()).update();
        if (updated > 0 && !e.kept()) {
            audit.recordAs("system", null, AuditAction.UPDATE, "credit-commitment", String.valueOf(e.applicationId()),
                    StoredText.of("credit.audit.commitment.broken", e.creditCode(), e.note()));
        }
    }
}
