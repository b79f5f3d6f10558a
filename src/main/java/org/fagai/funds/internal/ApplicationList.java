package org.fagai.funds.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fagai.funds.FundChannel;
import org.fagai.funds.FundState;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.UserDirectory;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The application list within the user's scope: one count and one page query, names resolved once per page. */
@Component("fundsApplicationList")
class ApplicationList {

    static final Map<String, String> SORTS = Map.of(
            "recent", "a.id DESC", "declared", "a.declared_on DESC NULLS LAST, a.id DESC",
            "requested", "a.requested DESC, a.id DESC", "gap", "a.spending_gap DESC NULLS LAST, a.id DESC",
            "project", "a.project_code, a.id");
    private static final String SELECT = """
            SELECT a.*, c.name AS channel_name, s.name AS sector_name, pg.name AS program_name
            FROM funds_application a JOIN funds_channel c ON c.code = a.channel JOIN funds_sector s ON s.code = a.sector
            LEFT JOIN funds_program pg ON pg.code = a.program""";

    record Page(List<ApplicationView> items, long total, int page, int size) {
    }

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final RegionDirectory regions;

    ApplicationList(JdbcClient jdbc, UserDirectory users, RegionDirectory regions) {
        this.jdbc = jdbc;
        this.users = users;
        this.regions = regions;
    }

    @Transactional(readOnly = true)
    Page search(ApplicationQuery q) {
        List<Object> params = new ArrayList<>();
        String where = where(q, users.requireCurrent(), params);
        long total = jdbc.sql("SELECT count(*) FROM funds_application a WHERE " + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(q.size());
        pageParams.add((long) q.page() * q.size());
        List<ApplicationView> items = jdbc.sql(SELECT + " WHERE " + where + " ORDER BY " + SORTS.getOrDefault(q.sort() == null ? "recent" : q.sort(), SORTS.get("recent"))
                        + " LIMIT ? OFFSET ?").params(pageParams).query(this::map).list();
        return new Page(withRegionNames(items), total, q.page(), q.size());
    }

    /** Every application the filters select, for the Excel export (at most {@code limit}). */
    @Transactional(readOnly = true)
    List<ApplicationView> all(ApplicationQuery q, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(q, users.requireCurrent(), params);
        params.add(limit);
        return withRegionNames(jdbc.sql(SELECT + " WHERE " + where + " ORDER BY a.year DESC, a.channel, a.region_code, a.id LIMIT ?")
                .params(params).query(this::map).list());
    }

    @Transactional(readOnly = true)
    ApplicationView one(long id) {
        return withRegionNames(jdbc.sql(SELECT + " WHERE a.id = ?").param(id).query(this::map).list()).get(0);
    }

    @Transactional(readOnly = true)
    List<ApplicationView> ofProject(String projectCode) {
        List<Object> params = new ArrayList<>();
        String scope = FundsScope.condition(users.requireCurrent(), params);
        params.add(projectCode);
        return jdbc.sql(SELECT + " WHERE " + scope + " AND a.project_code = ? ORDER BY c.sort_order, a.year DESC, a.id")
                .params(params).query(this::map).list();
    }

    private static String where(ApplicationQuery q, CurrentUser user, List<Object> params) {
        StringBuilder sql = new StringBuilder(FundsScope.condition(user, params));
        if (q.year() != null) {
            sql.append(" AND a.year = ?");
            params.add(q.year());
        }
        if (q.channel() != null) {
            sql.append(" AND a.channel = ?");
            params.add(q.channel().name());
        }
        if (q.state() != null) {
            sql.append(" AND a.state = ?");
            params.add(q.state().name());
        }
        if (q.region() != null && !q.region().isBlank()) {
            if (!q.region().matches("[0-9]{6}")) {
                throw FieldErrors.of("region", StoredText.of("funds.error.regionFormat"));
            }
            sql.append(" AND a.region_code LIKE ?");
            params.add(FundsScope.prefix(q.region()) + "%");
        }
        if (q.sector() != null && !q.sector().isBlank()) {
            sql.append(" AND a.sector = ?");
            params.add(q.sector().strip());
        }
        if (q.colour() != null && !q.colour().isBlank()) {
            sql.append(" AND a.spending_colour = ?");
            params.add(q.colour().strip());
        }
        if (Boolean.TRUE.equals(q.idle())) {
            sql.append(" AND a.idle");
        }
        if (q.projectCode() != null && !q.projectCode().isBlank()) {
            sql.append(" AND a.project_code = ?");
            params.add(q.projectCode().strip());
        }
        if (q.q() != null && !q.q().isBlank()) {
            sql.append(" AND (a.project_code LIKE ? OR a.project_name LIKE ?)");
            String like = "%" + q.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
        }
        return sql.toString();
    }

    private List<ApplicationView> withRegionNames(List<ApplicationView> items) {
        Map<String, String> names = new HashMap<>();
        List<ApplicationView> named = new ArrayList<>(items.size());
        for (ApplicationView v : items) {
            String name = names.computeIfAbsent(v.regionCode(), code -> regions.find(code).map(RegionView::name).orElse(code));
            named.add(new ApplicationView(v.id(), v.channel(), v.channelName(), v.program(), v.programName(), v.year(), v.roundNo(),
                    v.projectCode(), v.keyProject(), v.projectName(), v.ownerUnit(), v.regionCode(), name, v.sector(),
                    v.sectorName(), v.use(), v.costItem(), v.totalInvestment(), v.requested(), v.localMatching(), v.asCapital(),
                    v.coverage(), v.planDocument(), v.financeDocument(), v.legalDocument(), v.landDocument(), v.state(),
                    v.declaredOn(), v.drcPassedOn(), v.decidedOn(), v.approvedAmount(), v.refusalReason(), v.allocatedAmount(),
                    v.allocatedOn(), v.allocationDocument(), v.disbursedAmount(), v.disbursedOn(), v.spentAmount(),
                    v.completedOn(), v.spendingColour(), v.spendingGap(), v.idle()));
        }
        return named;
    }

    private ApplicationView map(ResultSet rs, int n) throws SQLException {
        int round = rs.getInt("round_no");
        Integer roundNo = rs.wasNull() ? null : round;
        Coverage coverage = Coverage.of(rs.getBigDecimal("expected_income"), rs.getBigDecimal("debt_service"));
        return new ApplicationView(rs.getLong("id"), FundChannel.valueOf(rs.getString("channel")), rs.getString("channel_name"),
                rs.getString("program"), rs.getString("program_name"), rs.getInt("year"), roundNo, rs.getString("project_code"),
                rs.getBoolean("key_project"), rs.getString("project_name"), rs.getString("owner_unit"), rs.getString("region_code"),
                null, rs.getString("sector"), rs.getString("sector_name"), rs.getString("use_text"), rs.getString("cost_item"),
                rs.getBigDecimal("total_investment"), rs.getBigDecimal("requested"), rs.getBigDecimal("local_matching"),
                rs.getBoolean("as_capital"), coverage == null ? null : coverage.ratio(), rs.getString("plan_document"),
                rs.getString("finance_document"), rs.getString("legal_document"), rs.getString("land_document"),
                FundState.valueOf(rs.getString("state")), rs.getObject("declared_on", LocalDate.class),
                rs.getObject("drc_passed_on", LocalDate.class), rs.getObject("decided_on", LocalDate.class),
                rs.getBigDecimal("approved_amount"), rs.getString("refusal_reason"), rs.getBigDecimal("allocated_amount"),
                rs.getObject("allocated_on", LocalDate.class), rs.getString("allocation_document"),
                rs.getBigDecimal("disbursed_amount"), rs.getObject("disbursed_on", LocalDate.class), rs.getBigDecimal("spent_amount"),
                rs.getObject("completed_on", LocalDate.class), rs.getString("spending_colour"), rs.getBigDecimal("spending_gap"),
                rs.getBoolean("idle"));
    }
}
