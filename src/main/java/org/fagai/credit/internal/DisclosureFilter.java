package org.fagai.credit.internal;

import java.util.ArrayList;
import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.shared.RegionCode;

/** A 双公示 list's filters as SQL over one table (licences or penalties), within the user's region, with their parameters. */
record DisclosureFilter(String sql, List<Object> params) {

    /** The columns a list filters on: the party's name and code, and the decision date. */
    record Columns(String name, String code, String date) {
    }

    static final Columns LICENCES = new Columns("xk_xdr_mc", "xk_xdr_shxym", "xk_jdrq");
    static final Columns PENALTIES = new Columns("cf_xdr_mc", "cf_xdr_shxym", "cf_jdrq");

    static DisclosureFilter of(DisclosureQuery q, CurrentUser user, Columns columns) {
        StringBuilder sql = new StringBuilder(" WHERE TRUE");
        List<Object> params = new ArrayList<>();
        if (user.role() != Role.ADMIN) {
            sql.append(" AND region_code LIKE ?");
            params.add(RegionCode.of(user.regionCode()).scopePrefix() + "%");
        }
        if (q.published() != null) {
            sql.append(q.published() ? " AND published_at IS NOT NULL" : " AND published_at IS NULL");
        }
        if (q.keyword() != null && !q.keyword().isBlank()) {
            sql.append(" AND (").append(columns.name()).append(" LIKE ? OR ").append(columns.code()).append(" = ?)");
            params.add("%" + q.keyword().strip() + "%");
            params.add(q.keyword().strip().toUpperCase());
        }
        if (q.from() != null) {
            sql.append(" AND ").append(columns.date()).append(" >= ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            sql.append(" AND ").append(columns.date()).append(" <= ?");
            params.add(q.to());
        }
        return new DisclosureFilter(sql.toString(), params);
    }

    /** The parameters with a page's LIMIT and OFFSET. */
    List<Object> paged(DisclosureQuery q) {
        List<Object> p = new ArrayList<>(params);
        p.add(q.size());
        p.add((long) q.page() * q.size());
        return p;
    }
}
