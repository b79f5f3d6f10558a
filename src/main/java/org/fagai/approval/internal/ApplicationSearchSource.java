package org.fagai.approval.internal;

import org.fagai.shared.RegionCode;
import java.util.ArrayList;
import java.util.List;
import org.fagai.approval.ApplicationStatus;
import org.fagai.approval.ApprovalKind;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.organization.SearchHit;
import org.fagai.organization.SearchSource;
import org.fagai.shared.web.MessageText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The header's search finds an application by its number or a part of its applicant's name (or the exact credit code). */
@Component
class ApplicationSearchSource implements SearchSource {

    private final JdbcClient jdbc;
    private final MessageText text;

    ApplicationSearchSource(JdbcClient jdbc, MessageText text) {
        this.jdbc = jdbc;
        this.text = text;
    }

    @Override
    public List<SearchHit> search(String query, CurrentUser user, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("WHERE ");
        if (user.role() == Role.OWNER) {
            where.append("a.applicant_credit_code = ? AND ");
            params.add(user.ownerCreditCode() == null ? "-" : user.ownerCreditCode());
        } else if (user.role() != Role.ADMIN) {
            where.append("a.region_code LIKE ? AND ");
            params.add(RegionCode.of(user.regionCode()).scopePrefix() + "%");
        }
        String like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        where.append("(a.id = ? OR a.applicant_name LIKE ? OR a.applicant_credit_code = ?)");
        params.add(query.chars().allMatch(Character::isDigit) && query.length() < 18 ? Long.parseLong(query) : -1L);
        params.add(like);
        params.add(query.toUpperCase());
        params.add(limit);
        return jdbc.sql("SELECT a.id, a.kind, a.status, a.applicant_name, a.title FROM approval_application a " + where
                        + " ORDER BY a.id DESC LIMIT ?")
                .params(params)
                .query((rs, n) -> new SearchHit("nav.approvals",
                        text.get("approval.search.hit", rs.getLong("id"), rs.getString("title")),
                        String.join(" · ", rs.getString("applicant_name"),
                                text.get(ApprovalKind.valueOf(rs.getString("kind")).labelKey()),
                                text.get(ApplicationStatus.valueOf(rs.getString("status")).labelKey())),
                        "/approvals/" + rs.getLong("id")))
                .list();
    }
}
