package org.fagai.funds.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.fagai.funds.FundChannel;
import org.fagai.funds.FundState;
import org.fagai.project.WarningColour;
import org.fagai.shared.ConflictException;
import org.fagai.shared.StoredText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Loads and stores {@link FundApplication}s (optimistic version), their new steps and the monthly spending. */
@Component
class ApplicationStore {

    private final JdbcClient jdbc;

    ApplicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(FundApplication a, String createdBy) {
        Declaration d = a.declaration();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO funds_application (channel, program, year, project_code, key_project, project_name, owner_unit,
                  owner_credit_code, region_code, sector, use_text, cost_item, total_investment, requested, local_matching,
                  as_capital, expected_income, debt_service, plan_document, finance_document, legal_document, land_document,
                  state, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?)""")
                .params(d.channel().name(), d.program(), d.year(), d.projectCode(), d.keyProject(), d.projectName(), d.ownerUnit(),
                        d.ownerCreditCode(), d.regionCode(), d.sector(), d.use(), d.costItem(), d.totalInvestment(), d.requested(),
                        d.localMatching(), d.asCapital(), d.expectedIncome(), d.debtService(), d.planDocument(), d.financeDocument(),
                        d.legalDocument(), d.landDocument(), createdBy)
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        a.assigned(id);
        update(a);
        return id;
    }

    void update(FundApplication a) {
        FundApplication.Progress p = a.progress;
        int rows = jdbc.sql("""
                UPDATE funds_application SET state = ?, round_no = ?, declared_on = ?, drc_passed_on = ?, decided_on = ?,
                  approved_amount = ?, refusal_reason = ?, allocated_amount = ?, allocated_on = ?, allocation_document = ?,
                  disbursed_amount = ?, disbursed_on = ?, spent_amount = ?, last_spent_month = ?, completed_on = ?,
                  spending_colour = ?, spending_gap = ?, idle = ?, judged_month = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(a.state().name(), a.roundNo(), p.declaredOn, p.drcPassedOn, p.decidedOn, p.approvedAmount, p.refusalReason,
                        p.allocatedAmount, p.allocatedOn, p.allocationDocument, p.disbursedAmount, p.disbursedOn, p.spentAmount,
                        month(p.lastSpentMonth), p.completedOn, p.spendingColour == null ? null : p.spendingColour.name(),
                        p.spendingGap, p.idle, month(p.judgedMonth), a.id(), a.version())
                .update();
        if (rows == 0) {
            throw new ConflictException("id", StoredText.of("funds.error.concurrent"));
        }
        a.stored();
        for (FundApplication.NewStep s : a.drainSteps()) {
            jdbc.sql("INSERT INTO funds_step (application_id, step, on_date, amount, document, note, actor) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(a.id(), s.kind().name(), s.on(), s.amount(), s.document(), s.note(), s.actor()).update();
        }
    }

    Optional<FundApplication> find(long id) {
        return jdbc.sql("SELECT a.*, (SELECT max(on_date) FROM funds_step s WHERE s.application_id = a.id) AS last_step_on"
                        + " FROM funds_application a WHERE a.id = ?")
                .param(id).query(ApplicationStore::map).optional();
    }

    /** The live applications of a project (not 未通过), other than {@code exceptId}. */
    List<DeclarationCheck.Claim> claims(String projectCode, long exceptId) {
        return jdbc.sql("SELECT a.id, c.name, a.cost_item, a.requested FROM funds_application a JOIN funds_channel c ON c.code = a.channel"
                        + " WHERE a.project_code = ? AND a.state <> 'REJECTED' AND a.id <> ? ORDER BY a.id")
                .params(projectCode, exceptId)
                .query((rs, n) -> new DeclarationCheck.Claim(rs.getLong(1), rs.getString(2),
                        rs.getString(3).replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT), rs.getBigDecimal(4)))
                .list();
    }

    /** Special bonds asked in a province and year by live declared applications, other than {@code exceptId}. */
    DeclarationCheck.ProvinceBonds provinceBonds(String provinceCode, int year, long exceptId) {
        return jdbc.sql("""
                SELECT coalesce(sum(requested), 0), coalesce(sum(requested) FILTER (WHERE as_capital), 0) FROM funds_application
                WHERE channel = 'SPECIAL_BOND' AND year = ? AND region_code LIKE ? AND state NOT IN ('PLANNED', 'REJECTED') AND id <> ?""")
                .params(year, provinceCode + "%", exceptId)
                .query((rs, n) -> new DeclarationCheck.ProvinceBonds(rs.getBigDecimal(1), rs.getBigDecimal(2))).single();
    }

    BigDecimal spendingOf(long id, YearMonth month) {
        return jdbc.sql("SELECT amount FROM funds_spending WHERE application_id = ? AND month = ?").params(id, month.atDay(1))
                .query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
    }

    void putSpending(long id, YearMonth month, BigDecimal amount, String by) {
        jdbc.sql("""
                INSERT INTO funds_spending (application_id, month, amount, reported_by) VALUES (?, ?, ?, ?)
                ON CONFLICT (application_id, month) DO UPDATE SET amount = EXCLUDED.amount, reported_by = EXCLUDED.reported_by,
                  reported_at = now()""")
                .params(id, month.atDay(1), amount, by).update();
    }

    /** Ids of applications whose spending is judged (allocated, not yet all spent). */
    List<Long> judgedIds() {
        return jdbc.sql("SELECT id FROM funds_application WHERE state IN ('ALLOCATED', 'DISBURSED') ORDER BY id").query(Long.class).list();
    }

    private static Date month(YearMonth month) {
        return month == null ? null : Date.valueOf(month.atDay(1));
    }

    private static FundApplication map(ResultSet rs, int n) throws SQLException {
        Declaration d = new Declaration(FundChannel.valueOf(rs.getString("channel")), rs.getString("program"), rs.getInt("year"),
                rs.getString("project_code"), rs.getBoolean("key_project"), rs.getString("project_name"), rs.getString("owner_unit"),
                rs.getString("owner_credit_code"), rs.getString("region_code"), rs.getString("sector"), rs.getString("use_text"),
                rs.getString("cost_item"), rs.getBigDecimal("total_investment"), rs.getBigDecimal("requested"),
                rs.getBigDecimal("local_matching"), rs.getBoolean("as_capital"), rs.getBigDecimal("expected_income"),
                rs.getBigDecimal("debt_service"), rs.getString("plan_document"), rs.getString("finance_document"),
                rs.getString("legal_document"), rs.getString("land_document"));
        FundApplication.Progress p = new FundApplication.Progress();
        p.declaredOn = rs.getObject("declared_on", LocalDate.class);
        p.drcPassedOn = rs.getObject("drc_passed_on", LocalDate.class);
        p.decidedOn = rs.getObject("decided_on", LocalDate.class);
        p.approvedAmount = rs.getBigDecimal("approved_amount");
        p.refusalReason = rs.getString("refusal_reason");
        p.allocatedAmount = rs.getBigDecimal("allocated_amount");
        p.allocatedOn = rs.getObject("allocated_on", LocalDate.class);
        p.allocationDocument = rs.getString("allocation_document");
        p.disbursedAmount = rs.getBigDecimal("disbursed_amount");
        p.disbursedOn = rs.getObject("disbursed_on", LocalDate.class);
        p.spentAmount = rs.getBigDecimal("spent_amount");
        p.lastSpentMonth = yearMonth(rs.getObject("last_spent_month", LocalDate.class));
        p.completedOn = rs.getObject("completed_on", LocalDate.class);
        String colour = rs.getString("spending_colour");
        p.spendingColour = colour == null ? null : WarningColour.valueOf(colour);
        p.spendingGap = rs.getBigDecimal("spending_gap");
        p.idle = rs.getBoolean("idle");
        p.judgedMonth = yearMonth(rs.getObject("judged_month", LocalDate.class));
        int round = rs.getInt("round_no");
        return new FundApplication(rs.getLong("id"), rs.getInt("version"), d, FundState.valueOf(rs.getString("state")),
                rs.wasNull() ? null : round, rs.getObject("last_step_on", LocalDate.class), p);
    }

    private static YearMonth yearMonth(LocalDate date) {
        return date == null ? null : YearMonth.from(date);
    }
}
