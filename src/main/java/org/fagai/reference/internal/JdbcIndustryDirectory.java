package org.fagai.reference.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.fagai.reference.IndustryDirectory;
import org.fagai.reference.IndustryView;
import org.fagai.shared.IndustryLevel;
import org.fagai.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class JdbcIndustryDirectory implements IndustryDirectory {

    private static final String SELECT = """
            SELECT i.code, i.section, i.name, i.level, i.parent_code, p.name AS parent_name, i.remark
            FROM industry i LEFT JOIN industry p ON p.code = i.parent_code""";

    private final JdbcClient jdbc;

    JdbcIndustryDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<IndustryView> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " WHERE i.code = ?").param(code.trim().toUpperCase())
                .query(JdbcIndustryDirectory::toView).optional();
    }

    @Override
    public IndustryView get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("行业代码 " + code + " 不存在（GB/T 4754-2017）"));
    }

    @Override
    public List<IndustryView> topLevels() {
        return jdbc.sql(SELECT + " WHERE i.level IN ('SECTION', 'DIVISION') ORDER BY i.section, i.level DESC, i.code")
                .query(JdbcIndustryDirectory::toView).list();
    }

    @Override
    public List<IndustryView> search(String keyword, int limit) {
        String k = keyword == null ? "" : keyword.trim();
        return jdbc.sql(SELECT + " WHERE i.code LIKE ? OR i.name LIKE ? ORDER BY i.code LIMIT ?")
                .params(k.toUpperCase() + "%", "%" + k + "%", limit).query(JdbcIndustryDirectory::toView).list();
    }

    private static IndustryView toView(ResultSet rs, int row) throws SQLException {
        return new IndustryView(rs.getString("code"), rs.getString("section"), rs.getString("name"),
                IndustryLevel.valueOf(rs.getString("level")), rs.getString("parent_code"), rs.getString("parent_name"),
                rs.getString("remark"));
    }
}
