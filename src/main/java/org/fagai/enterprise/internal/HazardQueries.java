package org.fagai.enterprise.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of the safety inspections: a hazard, a filtered page of hazards (and the export), an inspection, a month's plans. */
@Component
class HazardQueries {

    static final int EXPORT_LIMIT = 100_000;
    private static final String FROM = " FROM safety_hazard h JOIN safety_inspection i ON i.id = h.inspection_id"
            + " JOIN enterprise e ON e.credit_code = h.credit_code";

    private final JdbcClient jdbc;

    HazardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The hazards list's filters: found in {@code month} (inspection date) unless {@code followUp} asks for every hazard
     * drawn for a check back (回头看) and not yet checked, whatever the month; {@code state}, {@code level} and a keyword
     * in the enterprise's name or code or the description.
     */
    record Filter(YearMonth month, String state, String level, boolean followUp, String q, int page, int size) {
    }

    record Page(List<HazardView> items, long total, int page, int size) {
    }

    /** A month's plan with how many of its enterprises were inspected. */
    record PlanRow(long id, String title, String flag, String regionCode, String regionName, long planned, long inspected) {
    }

    record InspectionView(long id, Long planId, String creditCode, String enterpriseName, String regionCode,
                          LocalDate inspectedOn, String inspectors, String checklist, String notes, String createdBy,
                          List<HazardView> hazards) {
    }

    Optional<HazardView> find(long id) {
        return jdbc.sql("SELECT h.*, e.name, i.id AS inspection" + FROM + " WHERE h.id = ?").param(id)
                .query(HazardQueries::view).optional();
    }

    Page list(Filter f, CurrentUser user) {
        List<Object> params = new ArrayList<>();
        String where = where(f, user, params);
        long total = jdbc.sql("SELECT count(*)" + FROM + " WHERE " + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(f.size());
        pageParams.add((long) f.page() * f.size());
        List<HazardView> items = jdbc.sql("SELECT h.*, e.name, i.id AS inspection" + FROM + " WHERE " + where
                        + " ORDER BY i.inspected_on, h.id LIMIT ? OFFSET ?")
                .params(pageParams).query(HazardQueries::view).list();
        return new Page(items, total, f.page(), f.size());
    }

    void each(Filter f, CurrentUser user, Consumer<HazardView> consumer) {
        List<Object> params = new ArrayList<>();
        String where = where(f, user, params);
        jdbc.sql("SELECT h.*, e.name, i.id AS inspection" + FROM + " WHERE " + where + " ORDER BY i.inspected_on, h.id LIMIT "
                        + EXPORT_LIMIT).params(params).query(HazardQueries::view).stream().forEach(consumer);
    }

    /** An enterprise's hazards, newest first (its page; an enterprise account's own). */
    List<HazardView> ofEnterprise(String creditCode, int limit) {
        return jdbc.sql("SELECT h.*, e.name, i.id AS inspection" + FROM + " WHERE h.credit_code = ? ORDER BY h.found_on DESC, h.id DESC LIMIT ?")
                .params(creditCode, limit).query(HazardQueries::view).list();
    }

    Optional<InspectionView> inspection(long id) {
        List<HazardView> hazards = jdbc.sql("SELECT h.*, e.name, i.id AS inspection" + FROM + " WHERE h.inspection_id = ? ORDER BY h.id")
                .param(id).query(HazardQueries::view).list();
        return jdbc.sql("SELECT i.*, e.name FROM safety_inspection i JOIN enterprise e ON e.credit_code = i.credit_code WHERE i.id = ?")
                .param(id)
                .query((rs, n) -> new InspectionView(rs.getLong("id"), rs.getObject("plan_id", Long.class), rs.getString("credit_code"),
                        rs.getString("name"), rs.getString("region_code"), rs.getObject("inspected_on", LocalDate.class),
                        rs.getString("inspectors"), rs.getString("checklist"), rs.getString("notes"), rs.getString("created_by"),
                        hazards))
                .optional();
    }

    /** The plans of a month in the user's region, each with its inspected enterprises (commission users only: plans have no enterprise). */
    List<PlanRow> plans(YearMonth month, CurrentUser user) {
        List<Object> params = new ArrayList<>(List.of(month.atDay(1)));
        String scope = EnterpriseAccess.scope(user, "p", params);
        return jdbc.sql("""
                        SELECT p.id, p.title, p.flag, p.region_code, r.name AS region_name, p.planned,
                               (SELECT count(DISTINCT i.credit_code) FROM safety_inspection i WHERE i.plan_id = p.id) AS inspected
                        FROM safety_plan p LEFT JOIN region r ON r.code = p.region_code
                        WHERE p.month = ? AND\s""" + scope + " ORDER BY p.region_code, p.flag")
                .params(params)
                .query((rs, n) -> new PlanRow(rs.getLong("id"), rs.getString("title"), rs.getString("flag"), rs.getString("region_code"),
                        rs.getString("region_name"), rs.getLong("planned"), rs.getLong("inspected")))
                .list();
    }

    private static String where(Filter f, CurrentUser user, List<Object> params) {
        StringBuilder where = new StringBuilder(EnterpriseAccess.scope(user, "h", params));
        if (f.followUp()) {
            where.append(" AND h.follow_up_due");
        } else if (f.month() != null) {
            where.append(" AND i.inspected_on BETWEEN ? AND ?");
            params.add(f.month().atDay(1));
            params.add(f.month().atEndOfMonth());
        }
        if (f.state() != null && !f.state().isBlank()) {
            HazardState state = Demands.parse(HazardState.class, f.state(), "state", "enterprise.error.label.hazardState", new ArrayList<>());
            if (state == null) {
                throw FieldErrors.of("state", StoredText.of("enterprise.error.hazardStateInvalid", f.state()));
            }
            where.append(" AND h.state = ?");
            params.add(state.name());
        }
        if (f.level() != null && !f.level().isBlank()) {
            if (!Safety.LEVELS.contains(f.level())) {
                throw FieldErrors.of("level", StoredText.of("enterprise.error.hazardLevelInvalid", f.level()));
            }
            where.append(" AND h.level = ?");
            params.add(f.level());
        }
        if (f.q() != null && !f.q().isBlank()) {
            String like = "%" + f.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" AND (e.search_text LIKE ? OR h.description LIKE ? OR h.notice_number LIKE ?)");
            params.add(like.toLowerCase());
            params.add(like);
            params.add(like);
        }
        return where.toString();
    }

    static HazardView view(ResultSet rs, int n) throws SQLException {
        Hazard h = HazardRepository.map(rs, n);
        return new HazardView(h.id, rs.getLong("inspection"), h.creditCode, rs.getString("name"), h.description,
                h.level, h.state, rs.getObject("found_on", LocalDate.class), h.noticeNumber, h.measures,
                h.noticeWorkingDays, h.noticeIssuedOn, h.deadline, h.itemId, h.rectification, h.evidence,
                h.rectifiedOn, h.closedOn, h.onTime, h.reopenedCount, h.followUpDue, h.followedUpOn, h.followUpResult);
    }
}
