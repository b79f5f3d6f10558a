package org.fagai.project.internal.blockers;

import org.fagai.shared.web.MessageText;
import org.fagai.project.internal.registry.ProjectScope;
import org.fagai.shared.RegionCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fagai.organization.UserDirectory;
import org.fagai.supervision.SupervisionItems;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 问题台账 as a list: the blockers in the user's scope filtered by status, category, region, overdue and a keyword,
 * sorted by a column, one page at a time with the total and the overdue count of the whole filtered set; the export
 * reads the same filters.
 */
@Component
class BlockerBoard {

    static final Map<String, String> SORTS = Map.of("deadline", "b.deadline", "raised", "b.raised_on", "project", "p.name",
            "category", "b.category", "department", "b.department", "status", "b.status");

    /** The filters of the board, as the page and the export receive them. */
    record Filter(BlockerStatus status, BlockerCategory category, boolean overdueOnly, String region, String keyword,
                  String sort, boolean descending) {
    }

    record Page(List<BlockerView> items, long total, long overdue) {
    }

    private final JdbcTemplate jdbc;
    private final UserDirectory users;
    private final Clock clock;
    private final SupervisionItems loop;

    private final MessageText text;

    BlockerBoard(JdbcTemplate jdbc, UserDirectory users, Clock clock, SupervisionItems loop, MessageText text) {
        this.text = text;
        this.loop = loop;
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Page page(Filter filter, int page, int size) {
        LocalDate today = LocalDate.now(clock);
        List<Object> params = new ArrayList<>();
        String where = where(filter, params, today);
        List<Object> countParams = new ArrayList<>(params);
        countParams.add(0, today);
        Map<String, Object> counts = jdbc.queryForMap("SELECT count(*) AS total, count(*) FILTER (WHERE b.status <> 'RESOLVED' AND b.deadline < ?)"
                + " AS overdue FROM project_blocker b JOIN project p ON p.id = b.project_id" + where, countParams.toArray());
        params.add(size);
        params.add((long) page * size);
        List<BlockerView> items = jdbc.query("SELECT b.*, p.code, p.name AS project_name, r.name AS region_name FROM project_blocker b"
                + " JOIN project p ON p.id = b.project_id LEFT JOIN region r ON r.code = p.region_code" + where
                + " ORDER BY " + order(filter) + " LIMIT ? OFFSET ?", (rs, i) -> BlockerView.of(rs, today, c -> text.get("blocker.category." + c.name())), params.toArray());
        items = BlockerView.withLoop(items, loop.statuses(items.stream().map(BlockerView::itemId)
                .filter(Objects::nonNull).toList()));
        return new Page(items, ((Number) counts.get("total")).longValue(), ((Number) counts.get("overdue")).longValue());
    }

    private String where(Filter filter, List<Object> params, LocalDate today) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (filter.status() != null) {
            where.append(" AND b.status = ?");
            params.add(filter.status().name());
        }
        if (filter.category() != null) {
            where.append(" AND b.category = ?");
            params.add(filter.category().name());
        }
        if (filter.overdueOnly()) {
            where.append(" AND b.status <> 'RESOLVED' AND b.deadline < ?");
            params.add(today);
        }
        if (filter.region() != null && !filter.region().isBlank()) {
            where.append(" AND p.region_code LIKE ?");
            params.add(RegionCode.filterPrefix(filter.region()) + "%");
        }
        if (filter.keyword() != null && !filter.keyword().isBlank()) {
            String like = "%" + filter.keyword().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" AND (p.name LIKE ? OR p.code LIKE ? OR b.description LIKE ? OR b.department LIKE ?)");
            params.add(like);
            params.add(like);
            params.add(like);
            params.add(like);
        }
        where.append(" AND ").append(new ProjectScope(users.requireCurrent()).sql(params));
        return where.toString();
    }

    private static String order(Filter filter) {
        String column = filter.sort() == null ? null : SORTS.get(filter.sort());
        if (column == null) {
            return "(b.status = 'RESOLVED'), b.deadline, b.id";
        }
        return column + (filter.descending() ? " DESC" : "") + ", b.id";
    }
}
