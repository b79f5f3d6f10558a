package org.fagai.reference.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the forms' tree pickers read: the children of a node (top level without {@code parent}) or the entries whose
 * code or name matches {@code q}, each with the path of its parents' names and whether it has children.
 */
@RestController
class ReferencePickerController {

    /** One entry of a picker. */
    record Node(String code, String name, String path, boolean leaf) {
    }

    private static final int LIMIT = 50;

    private final JdbcClient jdbc;

    ReferencePickerController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** GB/T 2260 divisions down to the county: what users, departments, projects and the like belong to. */
    @GetMapping("/reference/picker/regions")
    List<Node> regions(@RequestParam(required = false) String parent, @RequestParam(required = false) String q) {
        return nodes("region", "AND t.enabled AND t.level <> 'TOWN'", "AND c.level <> 'TOWN'", parent, q);
    }

    /** The same tree down to the towns (乡镇街道), for what may sit in a town (enterprises). */
    @GetMapping("/reference/picker/towns")
    List<Node> towns(@RequestParam(required = false) String parent, @RequestParam(required = false) String q) {
        return nodes("region", "AND t.enabled", "", parent, q);
    }

    @GetMapping("/reference/picker/industries")
    List<Node> industries(@RequestParam(required = false) String parent, @RequestParam(required = false) String q) {
        return nodes("industry", "", "", parent, q);
    }

    private List<Node> nodes(String table, String condition, String childCondition, String parent, String q) {
        String select = """
                SELECT t.code, t.name, coalesce(g.name || ' / ', '') || coalesce(p.name, '') AS path,
                       NOT EXISTS (SELECT 1 FROM %1$s c WHERE c.parent_code = t.code %3$s) AS leaf
                FROM %1$s t LEFT JOIN %1$s p ON p.code = t.parent_code LEFT JOIN %1$s g ON g.code = p.parent_code
                WHERE TRUE %2$s""".formatted(table, condition, childCondition);
        String keyword = clip(q);
        if (!keyword.isEmpty()) {
            String like = "%" + keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            return jdbc.sql(select + " AND (t.code LIKE ? OR t.name LIKE ?) ORDER BY length(t.code), t.code LIMIT " + LIMIT)
                    .params(keyword.toUpperCase() + "%", like).query(Node.class).list();
        }
        String code = clip(parent);
        if (code.isEmpty()) {
            return jdbc.sql(select + " AND t.parent_code IS NULL ORDER BY t.code").query(Node.class).list();
        }
        return jdbc.sql(select + " AND t.parent_code = ? ORDER BY t.code").param(code.toUpperCase()).query(Node.class).list();
    }

    private static String clip(String text) {
        String t = text == null ? "" : text.replace("\u0000", "").strip();
        return t.length() > 40 ? t.substring(0, 40) : t;
    }
}
