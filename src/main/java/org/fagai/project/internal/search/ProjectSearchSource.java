package org.fagai.project.internal.search;

import org.fagai.project.internal.registry.ProjectScope;
import java.util.ArrayList;
import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.SearchHit;
import org.fagai.organization.SearchSource;
import org.fagai.project.ProjectStage;
import org.fagai.shared.web.MessageText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The header's search finds a project by its code (or provisional code) or a part of its name, within the user's scope. */
@Component
class ProjectSearchSource implements SearchSource {

    private final JdbcClient jdbc;
    private final MessageText text;

    ProjectSearchSource(JdbcClient jdbc, MessageText text) {
        this.jdbc = jdbc;
        this.text = text;
    }

    @Override
    public List<SearchHit> search(String query, CurrentUser user, int limit) {
        List<Object> params = new ArrayList<>();
        String scope = new ProjectScope(user).sql(params);
        String like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        params.add(query.toUpperCase());
        params.add(like);
        params.add(like);
        params.add(limit);
        return jdbc.sql("""
                        SELECT p.code, p.name, p.stage, p.owner_unit, r.name AS region_name
                        FROM project p LEFT JOIN region r ON r.code = p.region_code
                        WHERE %s AND (p.code = ? OR p.code LIKE ? OR p.name LIKE ?)
                        ORDER BY p.code LIMIT ?""".formatted(scope))
                .params(params)
                .query((rs, n) -> new SearchHit("nav.projects", rs.getString("name"),
                        String.join(" · ", rs.getString("code"), nullToDash(rs.getString("region_name")),
                                text.get("project.stage." + ProjectStage.valueOf(rs.getString("stage")).name()),
                                nullToDash(rs.getString("owner_unit"))),
                        "/projects/" + rs.getString("code")))
                .list();
    }

    private static String nullToDash(String value) {
        return value == null ? "—" : value;
    }
}
