package org.fagai.policy.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.enterprise.EnterpriseRegistry;
import org.fagai.enterprise.EnterpriseView;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.Commands;
import org.fagai.shared.ConflictException;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.StoredText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications for a policy: an enterprise account applies for a policy it meets (or staff grant one without an
 * application, 免申即享); staff review, decide the amount (at most the policy's cap and what was asked) and record the
 * payment. The order of the steps is {@link ApplicationState#canGo}.
 */
@Service
class PolicyApplications {

    record ApplicationView(long id, long policyId, String policyName, String creditCode, String enterpriseName, int year,
                           BigDecimal requested, ApplicationState state, boolean automatic, BigDecimal granted, BigDecimal paid,
                           LocalDate appliedOn, LocalDate decidedOn, LocalDate paidOn, String reason) {
    }

    /** Amounts of one policy and year: applications, granted and paid (万元). */
    record Amounts(long policyId, String policyName, int year, long applications, long granted, BigDecimal grantedAmount,
                   BigDecimal paidAmount) {
    }

    private final JdbcClient jdbc;
    private final Policies policies;
    private final EnterpriseRegistry registry;
    private final PolicyAccess access;
    private final AuditLog audit;

    PolicyApplications(JdbcClient jdbc, Policies policies, EnterpriseRegistry registry, PolicyAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.registry = registry;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    long apply(PolicyCommands.Apply command) {
        CurrentUser user = access.enterprise();
        if (command.policyId() == null) {
            throw FieldErrors.of("policyId", StoredText.of("policy.error.policyMissing"));
        }
        PolicyView policy = policies.get(command.policyId());
        EnterpriseView enterprise = registry.find(user.ownerCreditCode())
                .orElseThrow(() -> FieldErrors.of("creditCode", StoredText.of("policy.error.ownEnterpriseUnknown")));
        if (!policies.forEnterprise(enterprise).stream().anyMatch(p -> p.id() == policy.id())) {
            throw FieldErrors.of("policyId", StoredText.of("policy.error.notEligibleOrExpired"));
        }
        if (policy.noApplication()) {
            throw FieldErrors.of("policyId", StoredText.of("policy.error.noApplicationNeeded"));
        }
        if (!policy.openOn(policies.today())) {
            throw FieldErrors.of("policyId", StoredText.of("policy.error.outsideApplicationPeriod"));
        }
        BigDecimal amount = command.amount();
        if (amount == null || amount.signum() <= 0 || amount.compareTo(policy.maxAmount()) > 0 || amount.scale() > 2) {
            throw FieldErrors.of("amount", StoredText.of("policy.error.appliedAmountRange", policy.maxAmount().toPlainString()));
        }
        return insert(policy, enterprise, amount, ApplicationState.APPLIED, false, user.username());
    }

    /** 免申即享: staff grant a matched enterprise the amount directly. */
    @Transactional
    long grantWithoutApplication(long policyId, PolicyCommands.Grant command) {
        Commands.check(command);
        CurrentUser user = access.staff();
        PolicyView policy = policies.visible(policyId);
        if (!policy.noApplication()) {
            throw FieldErrors.of("policyId", StoredText.of("policy.error.applicationNeeded"));
        }
        String code = command.creditCode() == null ? "" : command.creditCode().strip();
        if (policies.matches(policyId).stream().noneMatch(m -> m.creditCode().equals(code))) {
            throw FieldErrors.of("creditCode", StoredText.of("policy.error.enterpriseNotEligible", code));
        }
        BigDecimal amount = command.amount() == null ? policy.maxAmount() : command.amount();
        if (amount.signum() <= 0 || amount.compareTo(policy.maxAmount()) > 0 || amount.scale() > 2) {
            throw FieldErrors.of("amount", StoredText.of("policy.error.grantAmountCeiling"));
        }
        EnterpriseView enterprise = registry.find(code).orElseThrow();
        long id = insert(policy, enterprise, amount, ApplicationState.GRANTED, true, user.username());
        jdbc.sql("UPDATE policy_application SET granted = ?, reviewed_on = ?, decided_on = ? WHERE id = ?")
                .params(amount, policies.today(), policies.today(), id).update();
        return id;
    }

    private long insert(PolicyView policy, EnterpriseView enterprise, BigDecimal amount, ApplicationState state, boolean automatic,
                        String by) {
        if (jdbc.sql("SELECT count(*) FROM policy_application WHERE policy_id = ? AND credit_code = ?")
                .params(policy.id(), enterprise.creditCode()).query(Long.class).single() > 0) {
            throw new ConflictException("policyId", StoredText.of("policy.error.alreadyApplied"));
        }
        long id = jdbc.sql("""
                        INSERT INTO policy_application (policy_id, credit_code, enterprise_name, year, requested, state, automatic,
                          applied_on, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(policy.id(), enterprise.creditCode(), enterprise.name(), policy.year(), amount, state.name(), automatic,
                        policies.today(), by).query(Long.class).single();
        audit.record(AuditAction.CREATE, "policy-application", String.valueOf(id), StoredText.of(automatic
                ? "policy.audit.application.automatic" : "policy.audit.application.created", policy.name(), enterprise.name(), amount.toPlainString()));
        return id;
    }

    @Transactional
    void review(long id, PolicyCommands.Review command) {
        Commands.check(command);
        ApplicationView a = staffLoad(id);
        ApplicationState to = Boolean.TRUE.equals(command.passed()) ? ApplicationState.PASSED : ApplicationState.REFUSED;
        if (to == ApplicationState.REFUSED && (command.reason() == null || command.reason().isBlank())) {
            throw FieldErrors.of("reason", StoredText.of("policy.error.refusalReasonMissing"));
        }
        step(a, to, "reviewed_on = ?, reason = ?", policies.today(), command.reason() == null ? null : command.reason().strip());
    }

    @Transactional
    void decide(long id, PolicyCommands.Amount command) {
        ApplicationView a = staffLoad(id);
        PolicyView policy = policies.get(a.policyId());
        BigDecimal amount = command.amount() == null ? a.requested() : command.amount();
        if (amount.signum() <= 0 || amount.compareTo(a.requested()) > 0 || amount.compareTo(policy.maxAmount()) > 0 || amount.scale() > 2) {
            throw FieldErrors.of("amount", StoredText.of("policy.error.grantAmountRange"));
        }
        step(a, ApplicationState.GRANTED, "granted = ?, decided_on = ?", amount, policies.today());
    }

    @Transactional
    void pay(long id, PolicyCommands.Amount command) {
        ApplicationView a = staffLoad(id);
        BigDecimal amount = command.amount() == null ? a.granted() : command.amount();
        if (amount == null || amount.signum() <= 0 || amount.compareTo(a.granted() == null ? BigDecimal.ZERO : a.granted()) > 0
                || amount.scale() > 2) {
            throw FieldErrors.of("amount", StoredText.of("policy.error.paidAmountRange"));
        }
        step(a, ApplicationState.PAID, "paid = ?, paid_on = ?", amount, policies.today());
    }

    private void step(ApplicationView a, ApplicationState to, String set, Object first, Object second) {
        if (!a.state().canGo(to)) {
            throw new ConflictException("state", StoredText.of("policy.error.applicationStateMove",
                    StoredText.label("policy.state." + a.state().name()), StoredText.label("policy.state." + to.name())));
        }
        jdbc.sql("UPDATE policy_application SET state = ?, " + set + " WHERE id = ? AND state = ?")
                .params(to.name(), first, second, a.id(), a.state().name()).update();
        StoredText.Label from = StoredText.label("policy.state." + a.state().name());
        StoredText.Label now = StoredText.label("policy.state." + to.name());
        audit.record(AuditAction.UPDATE, "policy-application", String.valueOf(a.id()), first == null
                ? StoredText.of("policy.audit.step", from, now) : StoredText.of("policy.audit.stepWith", from, now, first));
    }

    private ApplicationView staffLoad(long id) {
        access.staff();
        ApplicationView a = load(id);
        policies.visible(a.policyId());
        return a;
    }

    @Transactional(readOnly = true)
    ApplicationView load(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = ?").param(id).query(PolicyApplications::row).optional()
                .orElseThrow(() -> new NotFoundException(StoredText.of("policy.error.applicationNotFound", id)));
    }

    @Transactional(readOnly = true)
    List<ApplicationView> forPolicy(long policyId) {
        policies.visible(policyId);
        return jdbc.sql(SELECT + " WHERE a.policy_id = ? ORDER BY a.id DESC LIMIT 500").param(policyId).query(PolicyApplications::row).list();
    }

    @Transactional(readOnly = true)
    List<ApplicationView> mine() {
        CurrentUser user = access.enterprise();
        return jdbc.sql(SELECT + " WHERE a.credit_code = ? ORDER BY a.id DESC LIMIT 200").param(user.ownerCreditCode())
                .query(PolicyApplications::row).list();
    }

    /** The amounts by policy and year, computed from the applications. */
    @Transactional(readOnly = true)
    List<Amounts> amounts(Integer year) {
        access.staff();
        return jdbc.sql("""
                        SELECT p.id, p.name, a.year, count(*) AS applications,
                               count(*) FILTER (WHERE a.state IN ('GRANTED', 'PAID')) AS granted,
                               coalesce(sum(a.granted), 0) AS granted_amount, coalesce(sum(a.paid), 0) AS paid_amount
                        FROM policy_application a JOIN policy p ON p.id = a.policy_id
                        WHERE (CAST(? AS INT) IS NULL OR a.year = ?)
                        GROUP BY p.id, p.name, a.year ORDER BY a.year DESC, p.id DESC""")
                .params(year, year).query((rs, n) -> new Amounts(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4),
                        rs.getLong(5), rs.getBigDecimal(6), rs.getBigDecimal(7))).list();
    }

    private static final String SELECT = """
            SELECT a.*, p.name AS policy_name FROM policy_application a JOIN policy p ON p.id = a.policy_id""";

    private static ApplicationView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ApplicationView(rs.getLong("id"), rs.getLong("policy_id"), rs.getString("policy_name"), rs.getString("credit_code"),
                rs.getString("enterprise_name"), rs.getInt("year"), rs.getBigDecimal("requested"),
                ApplicationState.valueOf(rs.getString("state")), rs.getBoolean("automatic"), rs.getBigDecimal("granted"),
                rs.getBigDecimal("paid"), rs.getObject("applied_on", LocalDate.class), rs.getObject("decided_on", LocalDate.class),
                rs.getObject("paid_on", LocalDate.class), rs.getString("reason"));
    }
}
