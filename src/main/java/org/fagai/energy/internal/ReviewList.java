package org.fagai.energy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fagai.energy.ReviewClass;
import org.fagai.organization.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The list of 节能审查: filtered, sorted and paged in SQL, with its total; the export takes the same filters. */
@Component
class ReviewList {

    private static final Map<String, String> SORTS = Map.of("applied", "r.applied_on, r.id", "project", "r.project_name, r.id",
            "tce", "r.annual_tce, r.id", "lapses", "r.lapses_on, r.id", "state", "r.state, r.id");
    private static final String WARNING_STATES = Arrays.stream(ReviewView.State.values()).filter(ReviewView.State::warns)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));

    /** Filters; blank means any. {@code reviewClass} one of {@link ReviewClass}, unknown values ignored. */
    record Query(String reviewClass, String q, boolean warningsOnly, String sort, boolean descending, int page, int size) {

        Query {
            reviewClass = known(reviewClass);
            sort = sort != null && SORTS.containsKey(sort) ? sort : null;
        }

        Map<String, String> filters() {
            Map<String, String> filters = new LinkedHashMap<>();
            filters.put("reviewClass", reviewClass);
            filters.put("q", q);
            filters.put("warnings", warningsOnly ? "true" : null);
            filters.put("sort", sort);
            filters.put("desc", descending ? "true" : null);
            return filters;
        }
    }

    private final Reviews reviews;
    private final JdbcClient jdbc;

    ReviewList(Reviews reviews, JdbcClient jdbc) {
        this.reviews = reviews;
        this.jdbc = jdbc;
    }

    PagedList.Page<ReviewView> search(Query q, CurrentUser user) {
        List<Object> params = new ArrayList<>();
        return PagedList.page(jdbc, "energy_review r", where(q, user, params), params, order(q), q.page(), q.size(), reviews::views);
    }

    List<ReviewView> all(Query q, CurrentUser user, int limit) {
        List<Object> params = new ArrayList<>();
        return PagedList.all(where(q, user, params), params, order(q), limit, reviews::views);
    }

    /** How many reviews in the user's region stand in each warning state. */
    Map<ReviewView.State, Long> warned(CurrentUser user) {
        List<Object> params = new ArrayList<>();
        String where = where(new Query(null, null, true, null, false, 0, 1), user, params);
        Map<ReviewView.State, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT r.state, count(*) FROM energy_review r " + where + " GROUP BY r.state").params(params)
                .query((rs, n) -> counts.put(ReviewView.State.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    /** The earliest lapse date of the reviews in the user's region about to lapse. */
    Optional<LocalDate> earliestLapse(CurrentUser user) {
        List<Object> params = new ArrayList<>();
        String where = EnergyAccess.scope(user, "r.region_code", params);
        return jdbc.sql("SELECT min(r.lapses_on) FROM energy_review r WHERE " + where + " AND r.state = '" + ReviewView.State.LAPSING.name() + "'")
                .params(params).query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class))).single();
    }

    private static String where(Query q, CurrentUser user, List<Object> params) {
        StringBuilder where = new StringBuilder("WHERE ").append(EnergyAccess.scope(user, "r.region_code", params));
        if (q.reviewClass() != null) {
            where.append(" AND r.review_class = ?");
            params.add(q.reviewClass());
        }
        if (q.q() != null && !q.q().isBlank()) {
            where.append(" AND (r.project_code LIKE ? OR r.project_name LIKE ?)");
            params.add(PagedList.like(q.q(), false));
            params.add(PagedList.like(q.q(), false));
        }
        if (q.warningsOnly()) {
            where.append(" AND r.state IN (").append(WARNING_STATES).append(")");
        }
        return where.toString();
    }

    private static String order(Query q) {
        return PagedList.order(SORTS, q.sort(), q.descending(), "r.applied_on DESC, r.id DESC");
    }

    private static String known(String reviewClass) {
        for (ReviewClass c : ReviewClass.values()) {
            if (c.name().equals(reviewClass)) {
                return reviewClass;
            }
        }
        return null;
    }
}
