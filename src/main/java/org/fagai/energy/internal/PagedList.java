package org.fagai.energy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shape the energy lists share: a filter's total counted in SQL and one page of it in the chosen order (or every row
 * up to a limit, for the export), a sort key mapped to its columns, a search text as an escaped LIKE pattern.
 */
final class PagedList {

    /** One page of a list and the total of all rows that match its filters. */
    record Page<T>(List<T> rows, long total) {
    }

    /** Loads rows of a list: {@code where} its filter, {@code tail} its ORDER BY and LIMIT, {@code params} for both. */
    @FunctionalInterface
    interface Rows<T> {
        List<T> load(String where, String tail, List<Object> params);
    }

    private PagedList() {
    }

    static <T> Page<T> page(JdbcClient jdbc, String from, String where, List<Object> params, String order, int page, int size, Rows<T> rows) {
        long total = jdbc.sql("SELECT count(*) FROM " + from + " " + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        return new Page<>(rows.load(where, "ORDER BY " + order + " LIMIT ? OFFSET ?", pageParams), total);
    }

    static <T> List<T> all(String where, List<Object> params, String order, int limit, Rows<T> rows) {
        List<Object> limited = new ArrayList<>(params);
        limited.add(limit);
        return rows.load(where, "ORDER BY " + order + " LIMIT ?", limited);
    }

    /** The ORDER BY of a sort key: its columns ascending, or all descending (nulls last); {@code byDefault} when none is chosen. */
    static String order(Map<String, String> sorts, String sort, boolean descending, String byDefault) {
        if (sort == null || !sorts.containsKey(sort)) {
            return byDefault;
        }
        String columns = sorts.get(sort);
        return descending ? columns.replace(",", " DESC NULLS LAST,") + " DESC" : columns;
    }

    /** {@code %text%} with LIKE's own characters escaped; {@code upper} also the upper-case form (credit codes are stored so). */
    static String like(String text, boolean upper) {
        String like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return upper ? like.toUpperCase(Locale.ROOT) : like;
    }
}
