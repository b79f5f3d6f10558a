package org.fagai.enterprise.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.fagai.enterprise.EnterpriseFlag;
import org.fagai.enterprise.EnterpriseSize;
import org.fagai.enterprise.EnterpriseView;
import org.fagai.enterprise.EnterpriseView.FlagYear;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
import org.fagai.shared.Years;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The registry's SQL reads: one enterprise, a filtered page, the export's rows; names joined, flags aggregated. */
@Component
class EnterpriseReads {

    static final String SELECT = """
            SELECT e.*, r.name AS region_name, i.name AS industry_name,
                   (SELECT string_agg(f.flag || ':' || f.year, ',' ORDER BY f.year DESC, f.flag)
                    FROM enterprise_flag f WHERE f.credit_code = e.credit_code) AS flag_list
            FROM enterprise e JOIN region r ON r.code = e.region_code LEFT JOIN industry i ON i.code = e.industry_code""";

    private final JdbcClient jdbc;

    EnterpriseReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    java.util.Optional<EnterpriseView> find(String code) {
        return jdbc.sql(SELECT + " WHERE e.credit_code = ?").param(code).query(EnterpriseReads::view).optional();
    }

    List<EnterpriseView> findAll(String[] codes) {
        return jdbc.sql(SELECT + " WHERE e.credit_code = ANY(?::varchar[])").param(codes).query(EnterpriseReads::view).list();
    }

    record Page(List<EnterpriseView> items, long total, int page, int size) {
    }

    Page search(EnterpriseQuery query, CurrentUser user) {
        List<Object> params = new ArrayList<>();
        String where = where(query, user, params);
        long total = jdbc.sql("SELECT count(*) FROM enterprise e WHERE " + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(query.size());
        pageParams.add((long) query.page() * query.size());
        List<EnterpriseView> items = jdbc.sql(SELECT + " WHERE " + where + " ORDER BY " + order(query.sort())
                + " LIMIT ? OFFSET ?").params(pageParams).query(EnterpriseReads::view).list();
        return new Page(items, total, query.page(), query.size());
    }

    /** The same filter as {@link #search}, every row, streamed to the consumer (the export). */
    void each(EnterpriseQuery query, CurrentUser user, java.util.function.Consumer<EnterpriseView> consumer) {
        List<Object> params = new ArrayList<>();
        String where = where(query, user, params);
        jdbc.sql(SELECT + " WHERE " + where + " ORDER BY " + order(query.sort())).params(params)
                .query(EnterpriseReads::view).stream().forEach(consumer);
    }

    private static String where(EnterpriseQuery query, CurrentUser user, List<Object> params) {
        StringBuilder where = new StringBuilder(EnterpriseAccess.scope(user, "e", params));
        if (query.q() != null && !query.q().isBlank()) {
            where.append(" AND e.search_text LIKE ?");
            params.add("%" + query.q().strip().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.region() != null && !query.region().isBlank()) {
            String prefix;
            try {
                prefix = EnterpriseAccess.prefix(query.region().strip());
            } catch (IllegalArgumentException e) {
                throw FieldErrors.of("region", e.getMessage());
            }
            where.append(" AND e.region_code LIKE ?");
            params.add(prefix + "%");
        }
        if (query.industry() != null && !query.industry().isBlank()) {
            where.append(" AND e.industry_code LIKE ?");
            params.add(query.industry().strip().toUpperCase().replace("%", "") + "%");
        }
        if (query.flag() != null && !query.flag().isBlank()) {
            EnterpriseFlag flag = EnterpriseRules.parseFlag(query.flag().strip());
            if (flag == null) {
                throw FieldErrors.of("flag", StoredText.of("enterprise.error.flagUnknown", query.flag()));
            }
            where.append(" AND EXISTS (SELECT 1 FROM enterprise_flag f WHERE f.credit_code = e.credit_code AND f.flag = ?");
            params.add(flag.name());
            if (query.flagYear() != null) {
                Years.check("flagYear", query.flagYear());
                where.append(" AND f.year = ?");
                params.add(query.flagYear());
            }
            where.append(")");
        }
        return where.toString();
    }

    private static String order(String sort) {
        return switch (sort == null ? "" : sort) {
            case "code" -> "e.credit_code";
            case "revenue" -> "e.revenue DESC NULLS LAST, e.credit_code";
            case "region" -> "e.region_code, e.name, e.credit_code";
            default -> "e.name, e.credit_code";
        };
    }

    static EnterpriseView view(ResultSet rs, int row) throws SQLException {
        List<FlagYear> flags = new ArrayList<>();
        String list = rs.getString("flag_list");
        if (list != null) {
            for (String part : list.split(",")) {
                String[] fy = part.split(":");
                flags.add(new FlagYear(EnterpriseFlag.valueOf(fy[0]), Integer.parseInt(fy[1])));
            }
        }
        String size = rs.getString("size");
        return new EnterpriseView(rs.getString("credit_code"), rs.getString("name"), rs.getString("legal_representative"),
                rs.getString("region_code"), rs.getString("region_name"), rs.getString("industry_code"),
                rs.getString("industry_name"), rs.getString("address"), rs.getString("contact_person"),
                rs.getString("contact_phone"), size == null ? null : EnterpriseSize.valueOf(size), rs.getBigDecimal("revenue"),
                rs.getObject("revenue_year", Integer.class), List.copyOf(flags));
    }
}
