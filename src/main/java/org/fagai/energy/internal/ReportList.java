package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The list of stored reports: filtered, sorted, paged, with its total; the export takes the same filters. */
@Component
class ReportList {

    private static final Map<String, String> SORTS = Map.of("month", "r.year, r.month, r.id", "tce", "r.tce", "name",
            "r.enterprise_name, r.id", "co2", "r.co2", "region", "r.region_code, r.id");
    private static final Set<String> FLAGS = Set.of("spike", "gap");

    /** Filters; blank means any. {@code region} a county or town, {@code flag} spike or gap. */
    record Query(Integer year, Integer month, String region, String q, String flag, String sort, boolean descending, int page,
                 int size) {

        Map<String, String> filters() {
            Map<String, String> filters = new LinkedHashMap<>();
            filters.put("year", year == null ? null : year.toString());
            filters.put("month", month == null ? null : month.toString());
            filters.put("region", region);
            filters.put("q", q);
            filters.put("flag", flag);
            filters.put("sort", sort);
            filters.put("desc", descending ? "true" : null);
            return filters;
        }
    }

    record Row(long id, String creditCode, String enterpriseName, String regionCode, int year, int month,
               BigDecimal outputValue, BigDecimal tce, BigDecimal tceRaw, BigDecimal tceNonFossil, BigDecimal tceControlled,
               BigDecimal co2, boolean spike, boolean previousMissing) {

        public String monthText() {
            return String.format("%04d-%02d", year, month);
        }
    }

    record Page(List<Row> rows, long total, int page, int size) {
    }

    private final JdbcClient jdbc;

    ReportList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page search(Query q, CurrentUser user) {
        List<Object> params = new ArrayList<>();
        String where = where(q, user, params);
        long total = jdbc.sql("SELECT count(*) FROM energy_report r WHERE " + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(q.size());
        pageParams.add((long) q.page() * q.size());
        return new Page(jdbc.sql(SELECT + where + " ORDER BY " + order(q) + " LIMIT ? OFFSET ?").params(pageParams)
                .query(ReportList::row).list(), total, q.page(), q.size());
    }

    List<Row> all(Query q, CurrentUser user, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(q, user, params);
        params.add(limit);
        return jdbc.sql(SELECT + where + " ORDER BY " + order(q) + " LIMIT ?").params(params).query(ReportList::row).list();
    }

    private static final String SELECT = """
            SELECT r.id, r.credit_code, r.enterprise_name, r.region_code, r.year, r.month, r.output_value, r.tce, r.tce_raw,
                   r.tce_non_fossil, r.tce_controlled, r.co2, r.spike, r.previous_missing FROM energy_report r WHERE\s""";

    private static String where(Query q, CurrentUser user, List<Object> params) {
        StringBuilder where = new StringBuilder(EnergyAccess.scope(user, "r.county_code", params));
        if (q.year() != null) {
            where.append(" AND r.year = ?");
            params.add(q.year());
        }
        if (q.month() != null) {
            where.append(" AND r.month = ?");
            params.add(q.month());
        }
        if (q.region() != null && !q.region().isBlank()) {
            where.append(" AND r.region_code LIKE ?");
            params.add(RegionCode.filterPrefix(q.region()) + "%");
        }
        if (q.q() != null && !q.q().isBlank()) {
            String like = "%" + q.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" AND (r.enterprise_name LIKE ? OR r.credit_code LIKE ?)");
            params.add(like);
            params.add(like.toUpperCase(java.util.Locale.ROOT));
        }
        if ("spike".equals(q.flag())) {
            where.append(" AND r.spike");
        } else if ("gap".equals(q.flag())) {
            where.append(" AND r.previous_missing");
        }
        return where.toString();
    }

    private static String order(Query q) {
        String column = SORTS.getOrDefault(q.sort() == null ? "" : q.sort(), "r.year DESC, r.month DESC, r.enterprise_name, r.id");
        if (!SORTS.containsKey(q.sort() == null ? "" : q.sort())) {
            return column;
        }
        return column.replace(",", q.descending() ? " DESC," : ",") + (q.descending() ? " DESC" : "");
    }

    static boolean knownFlag(String flag) {
        return flag == null || flag.isBlank() || FLAGS.contains(flag);
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11),
                rs.getBigDecimal(12), rs.getBoolean(13), rs.getBoolean(14));
    }
}
