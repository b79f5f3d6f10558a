package org.fagai.project.internal.registry;

import java.util.List;
import org.fagai.project.OwnerProjects;
import org.fagai.project.ProjectRef;
import org.fagai.project.ProjectStage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcOwnerProjects implements OwnerProjects {

    private final JdbcClient jdbc;

    JdbcOwnerProjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProjectRef> ownedBy(String creditCode) {
        return jdbc.sql("""
                        SELECT id, code, provisional_code, name, owner_unit, owner_credit_code, region_code, total_investment, stage
                        FROM project WHERE owner_credit_code = ? ORDER BY code LIMIT 200""")
                .param(creditCode)
                .query((rs, n) -> new ProjectRef(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8), ProjectStage.valueOf(rs.getString(9))))
                .list();
    }
}
