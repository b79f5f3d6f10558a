package org.fagai.enterprise.internal;

import org.fagai.shared.web.MessageText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of demands: one with its names, a filtered page (and the export's rows). */
@Component
class DemandQueries {

    private final JdbcClient jdbc;
    private final OrganizationDirectory directory;
    private final Clock clock;
    private final MessageText text;

    DemandQueries(JdbcClient jdbc, OrganizationDirectory directory, Clock clock, MessageText text) {
        this.text = text;
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    /** The list's filters; {@code state} may also be OVERDUE (handling past the deadline). */
    record Filter(String state, String category, String creditCode, String q, Long department, LocalDate from,
                  LocalDate to, int page, int size) {
    }

    record Page(List<DemandView> items, long total, int page, int size) {
    }

    DemandView view(Demand d) {
        return jdbc.sql("SELECT d.*, e.name AS enterprise_name FROM enterprise_demand d JOIN enterprise e ON e.credit_code = d.credit_code WHERE d.id = ?")
                .param(d.id).query((rs, n) -> map(rs, names())).single();
    }

    Page list(Filter f, CurrentUser user) {
        List<Object> params = new ArrayList<>();
        String where = where(f, user, params);
        long total = jdbc.sql("SELECT count(*) FROM enterprise_demand d JOIN enterprise e ON e.credit_code = d.credit_code WHERE " + where)
                .params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(f.size());
        pageParams.add((long) f.page() * f.size());
        Names names = names();
        List<DemandView> items = jdbc.sql("SELECT d.*, e.name AS enterprise_name FROM enterprise_demand d JOIN enterprise e "
                        + "ON e.credit_code = d.credit_code WHERE " + where + " ORDER BY d.raised_on DESC, d.id DESC LIMIT ? OFFSET ?")
                .params(pageParams).query((rs, n) -> map(rs, names)).list();
        return new Page(items, total, f.page(), f.size());
    }

    List<DemandView> all(Filter f, CurrentUser user) {
        List<Object> params = new ArrayList<>();
        String where = where(f, user, params);
        Names names = names();
        return jdbc.sql("SELECT d.*, e.name AS enterprise_name FROM enterprise_demand d JOIN enterprise e "
                        + "ON e.credit_code = d.credit_code WHERE " + where + " ORDER BY d.raised_on DESC, d.id DESC LIMIT 100000")
                .params(params).query((rs, n) -> map(rs, names)).list();
    }

    private String where(Filter f, CurrentUser user, List<Object> params) {
        StringBuilder where = new StringBuilder(EnterpriseAccess.scope(user, "d", params));
        if (f.state() != null && !f.state().isBlank()) {
            if ("OVERDUE".equals(f.state())) {
                where.append(" AND d.state IN ('ROUTED', 'REOPENED') AND d.deadline < ?");
                params.add(LocalDate.now(clock));
            } else {
                DemandState state = Demands.parse(DemandState.class, f.state(), "state", "enterprise.error.label.state", new ArrayList<>());
                if (state == null) {
                    throw FieldErrors.of("state", StoredText.of("enterprise.error.stateInvalid", f.state()));
                }
                where.append(" AND d.state = ?");
                params.add(state.name());
            }
        }
        if (f.category() != null && !f.category().isBlank()) {
            DemandCategory category = Demands.parse(DemandCategory.class, f.category(), "category", "enterprise.error.label.category", new ArrayList<>());
            if (category == null) {
                throw FieldErrors.of("category", StoredText.of("enterprise.error.categoryInvalid", f.category()));
            }
            where.append(" AND d.category = ?");
            params.add(category.name());
        }
        if (f.creditCode() != null && !f.creditCode().isBlank()) {
            where.append(" AND d.credit_code = ?");
            params.add(f.creditCode().strip().toUpperCase());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" AND (e.search_text LIKE ? OR d.content LIKE ?)");
            params.add("%" + f.q().strip().toLowerCase() + "%");
            params.add("%" + f.q().strip() + "%");
        }
        if (f.department() != null) {
            where.append(" AND d.department_id = ?");
            params.add(f.department());
        }
        if (f.from() != null) {
            org.fagai.shared.Years.check("from", f.from().getYear());
            where.append(" AND d.raised_on >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            org.fagai.shared.Years.check("to", f.to().getYear());
            where.append(" AND d.raised_on <= ?");
            params.add(f.to());
        }
        return where.toString();
    }

    record Names(Map<Long, String> units, Map<Long, String> people) {
    }

    Names names() {
        return new Names(directory.units().stream().collect(Collectors.toMap(OrganizationDirectory.Unit::id,
                OrganizationDirectory.Unit::name, (a, b) -> a)),
                directory.people().stream().collect(Collectors.toMap(OrganizationDirectory.Person::id,
                        OrganizationDirectory.Person::displayName, (a, b) -> a)));
    }

    /** A message in the reader's language (the rates' group labels). */
    String text(String key) {
        return text.get(key);
    }

    /** A category's name in the reader's language. */
    String categoryName(DemandCategory category) {
        return text.get("enterprise.demand.category." + category.name());
    }

    private DemandView map(java.sql.ResultSet rs, Names names) throws java.sql.SQLException {
        Demand d = DemandRepository.demand(rs, 0);
        return new DemandView(d.id, d.creditCode, rs.getString("enterprise_name"), d.regionCode, d.category,
                categoryName(d.category), d.content, rs.getString("raised_by"), Channel.valueOf(rs.getString("channel")), d.urgency,
                d.state, rs.getObject("raised_on", LocalDate.class), d.departmentId,
                d.departmentId == null ? null : names.units().get(d.departmentId), d.leadPersonId,
                d.leadPersonId == null ? null : names.people().get(d.leadPersonId), d.workingDays, d.routedOn, d.deadline,
                d.itemId, d.signedOn, d.respondedInTime, d.answer, d.answeredOn, d.reopened, d.firstSatisfaction,
                d.satisfaction, d.resolved, d.returnNote, d.returnVisitedOn, d.closedOn, d.overdue(LocalDate.now(clock)));
    }

}
