package org.fagai.project.internal.blockers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fagai.supervision.ItemStatus;

/**
 * A blocker as lists show it, with its project, whether it is past its deadline, and the 督办 item following it
 * ({@code itemId}, {@code loop}: null while it waits to be routed).
 */
public record BlockerView(long id, String projectCode, String projectName, String regionName, BlockerCategory category,
                   String categoryName, String description, String department, LocalDate raisedOn, LocalDate deadline,
                   BlockerStatus status, String resolution, LocalDate resolvedOn, boolean overdue, Long itemId,
                   ItemStatus loop) {

    /** Open and on no item: staff may put it on the loop. */
    public boolean routable() {
        return status != BlockerStatus.RESOLVED && itemId == null;
    }

    /**
     * A row of {@code project_blocker b JOIN project p LEFT JOIN region r} selecting b.*, p.code, project_name, region_name;
     * the category named by {@code names} (the reader's language on pages and APIs).
     */
    static BlockerView of(ResultSet rs, LocalDate today, Function<BlockerCategory, String> names) throws SQLException {
        BlockerCategory category = BlockerCategory.valueOf(rs.getString("category"));
        BlockerStatus status = BlockerStatus.valueOf(rs.getString("status"));
        LocalDate deadline = rs.getObject("deadline", LocalDate.class);
        Long item = rs.getObject("item_id", Long.class);
        return new BlockerView(rs.getLong("id"), rs.getString("code"), rs.getString("project_name"), rs.getString("region_name"),
                category, names.apply(category), rs.getString("description"), rs.getString("department"),
                rs.getObject("raised_on", LocalDate.class), deadline, status, rs.getString("resolution"),
                rs.getObject("resolved_on", LocalDate.class),
                status != BlockerStatus.RESOLVED && deadline != null && deadline.isBefore(today), item, null);
    }

    /** These views with the state of their items filled in. */
    static List<BlockerView> withLoop(List<BlockerView> views, Map<Long, ItemStatus> statuses) {
        return views.stream().map(v -> v.itemId() == null ? v : new BlockerView(v.id, v.projectCode, v.projectName, v.regionName,
                v.category, v.categoryName, v.description, v.department, v.raisedOn, v.deadline, v.status, v.resolution,
                v.resolvedOn, v.overdue, v.itemId, statuses.get(v.itemId))).toList();
    }
}
