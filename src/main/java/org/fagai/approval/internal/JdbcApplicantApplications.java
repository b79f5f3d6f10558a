package org.fagai.approval.internal;

import java.util.List;
import org.fagai.approval.ApplicantApplications;
import org.fagai.approval.ApplicationStatus;
import org.fagai.approval.ApprovalKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcApplicantApplications implements ApplicantApplications {

    private final JdbcClient jdbc;

    JdbcApplicantApplications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Brief> forApplicant(String creditCode, int limit) {
        return jdbc.sql("""
                        SELECT id, kind, status, title, received_at FROM approval_application
                        WHERE applicant_credit_code = ? ORDER BY received_at DESC, id DESC LIMIT ?""")
                .params(creditCode, Math.max(1, Math.min(limit, 200)))
                .query((rs, n) -> new Brief(rs.getLong(1), ApprovalKind.valueOf(rs.getString(2)),
                        ApplicationStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toLocalDateTime()))
                .list();
    }
}
