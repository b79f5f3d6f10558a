package org.fagai.supervision.internal;

import java.util.ArrayList;
import java.util.List;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.web.Formats;
import org.fagai.supervision.Colour;
import org.fagai.supervision.ItemState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The item list in SQL: filters on stored columns (the colour as the aggregate stored it), one page at a time. */
@Component
class ItemSearch {

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final Names names;
    private final Formats fmt;

    ItemSearch(JdbcClient jdbc, UserDirectory users, Names names, Formats fmt) {
        this.jdbc = jdbc;
        this.users = users;
        this.names = names;
        this.fmt = fmt;
    }

    @Transactional(readOnly = true)
    ItemPage search(ItemQuery query) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        long total = jdbc.sql("SELECT count(*) FROM supervision_item i WHERE " + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(query.size());
        pageParams.add((long) query.page() * query.size());
        Names.Lookup lookup = names.lookup();
        List<ItemRow> rows = jdbc.sql("SELECT i.id, i.title, i.source_type, i.area, i.lead_unit_id, i.lead_person_id, i.supervisor_id, i.problem_id,"
                        + " i.assigned_on, i.deadline, i.state, i.colour, i.colour_reason, i.report_missed, i.closed_on,"
                        + " i.closed_on_time, i.extension_deadline IS NOT NULL AS pending FROM supervision_item i WHERE " + where
                        + " ORDER BY " + order(query.sort()) + " LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, n) -> new ItemRow(rs.getLong("id"), fmt.stored(rs.getString("title")), rs.getString("source_type"),
                        rs.getObject("area", Integer.class), lookup.unit(rs.getLong("lead_unit_id")),
                        lookup.person(rs.getLong("lead_person_id")), lookup.person(rs.getLong("supervisor_id")),
                        rs.getObject("assigned_on", java.time.LocalDate.class), rs.getObject("deadline", java.time.LocalDate.class),
                        ItemState.valueOf(rs.getString("state")), Colour.valueOf(rs.getString("colour")),
                        rs.getString("colour_reason"), rs.getBoolean("report_missed"),
                        rs.getObject("closed_on", java.time.LocalDate.class), rs.getBoolean("pending"),
                        rs.getObject("problem_id", Long.class), rs.getObject("closed_on_time", Boolean.class)))
                .list();
        return new ItemPage(rows, total, query.page(), query.size());
    }

    private String where(ItemQuery q, List<Object> params) {
        StringBuilder sql = new StringBuilder(new ItemScope(users.requireCurrent()).sql(params));
        if (q.source() != null) {
            sql.append(" AND i.source_type = ?");
            params.add(q.source());
        }
        if (q.state() != null) {
            sql.append(" AND i.state = ?");
            params.add(q.state().name());
        }
        if (q.colour() != null) {
            sql.append(" AND i.colour = ?");
            params.add(q.colour().name());
        }
        if (q.unit() != null) {
            sql.append(" AND i.lead_unit_id = ?");
            params.add(q.unit());
        }
        if (q.year() != null) {
            sql.append(" AND i.year = ?");
            params.add(q.year());
        }
        if (q.area() != null) {
            sql.append(" AND i.area = ?");
            params.add(q.area());
        }
        if (q.problemList() != null) {
            sql.append(" AND i.problem_id IN (SELECT id FROM supervision_problem WHERE list_id = ?)");
            params.add(q.problemList());
        }
        if (q.q() != null) {
            sql.append(" AND i.title LIKE ?");
            params.add("%" + q.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return sql.toString();
    }

    private static String order(String sort) {
        return switch (sort) {
            case "-deadline" -> "i.deadline DESC, i.id DESC";
            case "assigned" -> "i.assigned_on, i.id";
            case "-assigned" -> "i.assigned_on DESC, i.id DESC";
            case "colour" -> "CASE i.colour WHEN 'RED' THEN 0 WHEN 'YELLOW' THEN 1 ELSE 2 END, i.deadline, i.id";
            case "id" -> "i.id";
            default -> "i.deadline, i.id";
        };
    }
}
