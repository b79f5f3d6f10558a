package org.fagai.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.organization.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class JdbcOrganizationDirectory implements OrganizationDirectory {

    private static final String PERSON = "SELECT id, username, display_name, role, department_id, region_code FROM app_user";

    private final JdbcClient jdbc;

    JdbcOrganizationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Unit> units() {
        return jdbc.sql("SELECT id, name, region_code FROM department WHERE enabled ORDER BY region_code, sort_order, name")
                .query((rs, n) -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    @Override
    public Optional<Unit> unit(long id) {
        return jdbc.sql("SELECT id, name, region_code FROM department WHERE id = ?").param(id)
                .query((rs, n) -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    @Override
    public List<Person> people() {
        return jdbc.sql(PERSON + " WHERE enabled AND role NOT IN ('OWNER', 'ENTERPRISE') ORDER BY display_name").query(JdbcOrganizationDirectory::person).list();
    }

    @Override
    public Optional<Person> person(long id) {
        return jdbc.sql(PERSON + " WHERE id = ?").param(id).query(JdbcOrganizationDirectory::person).optional();
    }

    private static Person person(ResultSet rs, int n) throws SQLException {
        return new Person(rs.getLong(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)),
                rs.getObject(5, Long.class), rs.getString(6));
    }
}
