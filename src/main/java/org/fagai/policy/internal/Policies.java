package org.fagai.policy.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.enterprise.EnterpriseFlag;
import org.fagai.enterprise.EnterpriseRegistry;
import org.fagai.enterprise.EnterpriseView;
import org.fagai.organization.CurrentUser;
import org.fagai.reference.RegionDirectory;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.RegionCode;
import org.fagai.shared.StoredText;
import org.fagai.shared.Years;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Policies with their conditions, and the enterprises of the registry that meet them (asked of the enterprise module). */
@Service
class Policies {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000");
    static final int MAX_CANDIDATES = 5000;

    /** A matched enterprise with what the officers did: pushed (主动推送) and its application's state, if any. */
    record Match(String creditCode, String name, String regionName, String industryCode, String industryName, String size,
                 List<String> flags, boolean pushed, String applicationState) {
    }

    private final JdbcClient jdbc;
    private final EnterpriseRegistry registry;
    private final RegionDirectory regions;
    private final PolicyAccess access;
    private final AuditLog audit;
    private final Clock clock;

    Policies(JdbcClient jdbc, EnterpriseRegistry registry, RegionDirectory regions, PolicyAccess access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.regions = regions;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long create(PolicyCommands.Policy command) {
        Commands.check(command);
        CurrentUser user = access.staff();
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        if (command.name() == null || command.name().isBlank()) {
            errors.add(new FieldErrors.FieldError("name", StoredText.of("policy.error.policyNameMissing")));
        }
        if (command.issuer() == null || command.issuer().isBlank()) {
            errors.add(new FieldErrors.FieldError("issuer", StoredText.of("policy.error.issuerMissing")));
        }
        String region = command.regionCode() == null || command.regionCode().isBlank() ? user.regionCode() : command.regionCode().strip();
        if (!region.matches("\\d{6}") || regions.find(region).isEmpty()) {
            errors.add(new FieldErrors.FieldError("regionCode", StoredText.of("policy.error.regionInvalid")));
        } else if (!user.canSeeRegion(region)) {
            errors.add(new FieldErrors.FieldError("regionCode", StoredText.of("policy.error.policyOtherRegion")));
        }
        int year = command.year() == null ? today().getYear() : Years.check("year", command.year());
        if (command.maxAmount() == null || command.maxAmount().signum() < 0 || command.maxAmount().compareTo(MAX_AMOUNT) > 0
                || command.maxAmount().scale() > 2) {
            errors.add(new FieldErrors.FieldError("maxAmount", StoredText.of("policy.error.maxAmountRange")));
        }
        LocalDate from = command.validFrom() == null ? LocalDate.of(year, 1, 1) : command.validFrom();
        LocalDate to = command.validTo() == null ? LocalDate.of(year, 12, 31) : command.validTo();
        if (to.isBefore(from) || from.getYear() < Years.FIRST || to.getYear() > Years.LAST) {
            errors.add(new FieldErrors.FieldError("validTo", StoredText.of("policy.error.validityRange", Years.RANGE)));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        PolicyConditions conditions = PolicyConditions.parse(command.industries(), command.sizes(), command.flags());
        long id = jdbc.sql("""
                        INSERT INTO policy (name, issuer, document_number, region_code, year, industries, sizes, flags, no_application,
                          max_amount, valid_from, valid_to, description, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        RETURNING id""")
                .params(command.name().strip(), command.issuer().strip(), blank(command.documentNumber()), region, year,
                        conditions.industriesText(), conditions.sizesText(), conditions.flagsText(),
                        Boolean.TRUE.equals(command.noApplication()), command.maxAmount(), from, to, blank(command.description()),
                        user.username())
                .query(Long.class).single();
        audit.record(AuditAction.CREATE, "policy", String.valueOf(id), StoredText.of("policy.audit.policy.created", command.name().strip(), conditions.industriesText(), conditions.sizesText(), conditions.flagsText()));
        return id;
    }

    @Transactional(readOnly = true)
    PolicyView get(long id) {
        return jdbc.sql("SELECT * FROM policy WHERE id = ?").param(id).query(Policies::row).optional()
                .orElseThrow(() -> new NotFoundException(StoredText.of("policy.error.policyNotFound", id)));
    }

    /** A policy the signed-in staff member's region covers (a district sees its own and the city's policies). */
    PolicyView visible(long id) {
        CurrentUser user = access.staff();
        PolicyView policy = get(id);
        if (!user.canSeeRegion(policy.regionCode()) && !RegionCode.of(policy.regionCode()).contains(RegionCode.of(user.regionCode()))) {
            throw new NotFoundException(StoredText.of("policy.error.policyNotFound", id));
        }
        return policy;
    }

    @Transactional(readOnly = true)
    List<PolicyView> list(Integer year, int page, int size) {
        access.staff();
        return jdbc.sql("SELECT * FROM policy WHERE (CAST(? AS INT) IS NULL OR year = ?) ORDER BY year DESC, id DESC LIMIT ? OFFSET ?")
                .params(year, year, size, (long) page * size).query(Policies::row).list();
    }

    @Transactional(readOnly = true)
    long count(Integer year) {
        return jdbc.sql("SELECT count(*) FROM policy WHERE (CAST(? AS INT) IS NULL OR year = ?)").params(year, year)
                .query(Long.class).single();
    }

    /** The registry's enterprises in the policy's region (the user's, if narrower) that meet its conditions. */
    @Transactional(readOnly = true)
    List<Match> matches(long id) {
        CurrentUser user = access.staff();
        PolicyView policy = visible(id);
        String region = RegionCode.of(policy.regionCode()).contains(RegionCode.of(user.regionCode())) ? user.regionCode() : policy.regionCode();
        Map<String, EnterpriseView> enterprises = registry.findAll(candidates(policy, region));
        Set<String> pushed = new java.util.HashSet<>(jdbc.sql("SELECT credit_code FROM policy_push WHERE policy_id = ?").param(id)
                .query(String.class).list());
        Map<String, String> states = new java.util.HashMap<>();
        jdbc.sql("SELECT credit_code, state FROM policy_application WHERE policy_id = ?").param(id)
                .query((rs, n) -> states.put(rs.getString(1), rs.getString(2))).list();
        return enterprises.values().stream().filter(e -> policy.conditions().matches(e, policy.year()))
                .sorted(java.util.Comparator.comparing(EnterpriseView::creditCode))
                .map(e -> new Match(e.creditCode(), e.name(), e.regionName(), e.industryCode(), e.industryName(),
                        e.size() == null ? null : e.size().name(),
                        e.flags().stream().filter(f -> f.year() >= policy.year() - 1).map(f -> f.flag().name()).distinct().toList(),
                        pushed.contains(e.creditCode()), states.get(e.creditCode())))
                .toList();
    }

    /** The open policies an enterprise meets, for its own account. */
    @Transactional(readOnly = true)
    List<PolicyView> forEnterprise(EnterpriseView enterprise) {
        LocalDate today = today();
        return jdbc.sql("SELECT * FROM policy WHERE valid_to >= ? ORDER BY year DESC, id DESC LIMIT 200").param(today)
                .query(Policies::row).list().stream()
                .filter(p -> enterprise.regionCode() != null && RegionCode.of(p.regionCode()).contains(RegionCode.of(enterprise.regionCode())))
                .filter(p -> p.conditions().matches(enterprise, p.year())).toList();
    }

    @Transactional
    int push(long id, PolicyCommands.Push command) {
        CurrentUser user = access.staff();
        Set<String> matched = new LinkedHashSet<>(matches(id).stream().map(Match::creditCode).toList());
        List<String> codes = command.creditCodes() == null || command.creditCodes().isEmpty() ? List.copyOf(matched) : command.creditCodes();
        if (codes.size() > MAX_CANDIDATES) {
            throw FieldErrors.of("creditCodes", StoredText.of("policy.error.pushLimit", MAX_CANDIDATES));
        }
        int pushed = 0;
        for (String code : codes) {
            if (code == null || !matched.contains(code)) {
                throw FieldErrors.of("creditCodes", StoredText.of("policy.error.enterpriseNotEligible", (code == null ? "" : code.length() > 18 ? code.substring(0, 18) : code)));
            }
            pushed += jdbc.sql("INSERT INTO policy_push (policy_id, credit_code, pushed_on, pushed_by) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(id, code, today(), user.username()).update();
        }
        audit.record(AuditAction.UPDATE, "policy", String.valueOf(id), StoredText.of("policy.audit.policy.pushed", pushed));
        return pushed;
    }

    private Collection<String> candidates(PolicyView policy, String region) {
        Set<EnterpriseFlag> flags = policy.conditions().flags();
        if (flags.isEmpty()) {
            return registry.inRegion(region, MAX_CANDIDATES);
        }
        EnterpriseFlag first = flags.iterator().next();
        Set<String> codes = new LinkedHashSet<>(registry.withFlag(first, policy.year(), region));
        codes.addAll(registry.withFlag(first, policy.year() - 1, region));
        return codes;
    }

    static PolicyView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PolicyView(rs.getLong("id"), rs.getString("name"), rs.getString("issuer"), rs.getString("document_number"),
                rs.getString("region_code"), rs.getInt("year"),
                PolicyConditions.parse(rs.getString("industries"), rs.getString("sizes"), rs.getString("flags")),
                rs.getBoolean("no_application"), rs.getBigDecimal("max_amount"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), rs.getString("description"));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }
}
