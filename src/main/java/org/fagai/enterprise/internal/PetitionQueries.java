package org.fagai.enterprise.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
import org.fagai.shared.Years;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of 信访 cases: one with its names, a filtered and sorted page, every row of a filter for the export. */
@Component
class PetitionQueries {

    static final int EXPORT_LIMIT = 100_000;
    private static final String SELECT = """
            SELECT p.*, r.name AS region_name, e.name AS enterprise_name FROM petition p
            LEFT JOIN region r ON r.code = p.region_code LEFT JOIN enterprise e ON e.credit_code = p.credit_code""";

    private final JdbcClient jdbc;
    private final Clock clock;

    PetitionQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The list's filters: {@code state} a {@link PetitionState} or OVERDUE (the open step past its limit), {@code q} in
     * the petitioner, content or enterprise, received between {@code from} and {@code to}; {@code sort} received, due (the
     * open step's limit) or id, reversed by {@code desc}; without a sort the newest first.
     */
    record Filter(String state, String q, LocalDate from, LocalDate to, String sort, boolean desc, int page, int size) {
    }

    record Page(List<PetitionView> items, long total, int page, int size) {
    }

    Optional<PetitionView> find(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = ?").param(id).query(PetitionQueries::view).optional();
    }

    Page list(Filter f, CurrentUser user) {
        List<Object> params = new ArrayList<>();
        String where = where(f, user, params);
        long total = jdbc.sql("SELECT count(*) FROM petition p WHERE " + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(f.size());
        pageParams.add((long) f.page() * f.size());
        List<PetitionView> items = jdbc.sql(SELECT + " WHERE " + where + " ORDER BY " + order(f.sort(), f.desc()) + " LIMIT ? OFFSET ?")
                .params(pageParams).query(PetitionQueries::view).list();
        return new Page(items, total, f.page(), f.size());
    }

    void each(Filter f, CurrentUser user, Consumer<PetitionView> consumer) {
        List<Object> params = new ArrayList<>();
        String where = where(f, user, params);
        jdbc.sql(SELECT + " WHERE " + where + " ORDER BY " + order(f.sort(), f.desc()) + " LIMIT " + EXPORT_LIMIT).params(params)
                .query(PetitionQueries::view).stream().forEach(consumer);
    }

    private String where(Filter f, CurrentUser user, List<Object> params) {
        StringBuilder where = new StringBuilder(EnterpriseAccess.scope(user, "p", params));
        if (f.state() != null && !f.state().isBlank()) {
            if ("OVERDUE".equals(f.state())) {
                LocalDate today = LocalDate.now(clock);
                where.append(" AND ((p.state = 'RECEIVED' AND p.accept_due < ?) OR (p.state = 'ACCEPTED' AND p.answer_due < ?))");
                params.add(today);
                params.add(today);
            } else {
                PetitionState state = Demands.parse(PetitionState.class, f.state(), "state", "enterprise.error.label.petitionState", new ArrayList<>());
                if (state == null) {
                    throw FieldErrors.of("state", StoredText.of("enterprise.error.petitionStateInvalid", f.state()));
                }
                where.append(" AND p.state = ?");
                params.add(state.name());
            }
        }
        if (f.q() != null && !f.q().isBlank()) {
            String like = "%" + f.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" AND (p.petitioner LIKE ? OR p.content LIKE ? OR p.credit_code IN "
                    + "(SELECT e.credit_code FROM enterprise e WHERE e.search_text LIKE ?))");
            params.add(like);
            params.add(like);
            params.add(like.toLowerCase());
        }
        if (f.from() != null) {
            Years.check("from", f.from().getYear());
            where.append(" AND p.received_on >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            Years.check("to", f.to().getYear());
            where.append(" AND p.received_on <= ?");
            params.add(f.to());
        }
        return where.toString();
    }

    private static String order(String sort, boolean desc) {
        String direction = desc ? " DESC" : "";
        return switch (sort == null ? "" : sort) {
            case "due" -> "CASE p.state WHEN 'RECEIVED' THEN p.accept_due WHEN 'ACCEPTED' THEN p.answer_due END" + direction
                    + " NULLS LAST, p.id" + direction;
            case "id" -> "p.id" + direction;
            case "received" -> "p.received_on" + direction + ", p.id" + direction;
            default -> "p.received_on DESC, p.id DESC";
        };
    }

    private static PetitionView view(ResultSet rs, int row) throws SQLException {
        Petition p = Petitions.map(rs, row);
        return new PetitionView(p.id, rs.getString("petitioner"), rs.getString("credit_code"), rs.getString("enterprise_name"),
                rs.getString("region_code"), rs.getString("region_name"), rs.getString("content"), p.state, p.receivedOn,
                p.acceptDue, p.acceptedOn, p.acceptedOn == null ? null : p.acceptedOnTime(), p.refusalReason, p.answerDue,
                p.extensionDays, p.extensionReason, p.answeredOn, p.answeredOnTime(), p.answer, p.itemId,
                rs.getString("created_by"));
    }
}
