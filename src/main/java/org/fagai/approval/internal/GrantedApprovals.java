package org.fagai.approval.internal;

import java.sql.Timestamp;
import java.util.List;
import org.fagai.approval.ApprovalKind;
import org.fagai.approval.ProjectApprovals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the approved applications of a project for other modules. */
@Component
class GrantedApprovals implements ProjectApprovals {

    private final JdbcClient jdbc;

    GrantedApprovals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<GrantedApproval> grantedFor(String projectCode) {
        return jdbc.sql("SELECT kind, document_number, closed_at FROM approval_application"
                        + " WHERE project_code = ? AND status = 'APPROVED' ORDER BY closed_at")
                .param(projectCode == null ? "" : projectCode.strip())
                .query((rs, n) -> new GrantedApproval(ApprovalKind.valueOf(rs.getString("kind")), rs.getString("document_number"),
                        rs.getObject("closed_at", Timestamp.class).toLocalDateTime().toLocalDate()))
                .list();
    }
}
