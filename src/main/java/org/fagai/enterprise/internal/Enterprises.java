package org.fagai.enterprise.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.enterprise.EnterpriseFlag;
import org.fagai.enterprise.EnterpriseFlagsChanged;
import org.fagai.enterprise.EnterpriseRegistered;
import org.fagai.enterprise.EnterpriseRegistry;
import org.fagai.enterprise.EnterpriseView;
import org.fagai.organization.CurrentUser;
import org.fagai.reference.IndustryDirectory;
import org.fagai.reference.RegionDirectory;
import org.fagai.shared.CreditCode;
import org.fagai.shared.Changes;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.InvalidCodeException;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.StoredText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry's use cases: register or correct an enterprise, read it within the user's scope, search; the API for other modules. */
@Service
class Enterprises implements EnterpriseRegistry {

    static final String AUDIT_TYPE = "enterprise";

    private final EnterpriseReads reads;
    private final EnterpriseStore store;
    private final EnterpriseRules rules;
    private final EnterpriseAccess access;
    private final RegionDirectory regions;
    private final IndustryDirectory industries;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final org.springframework.context.MessageSource messages;

    Enterprises(EnterpriseReads reads, EnterpriseStore store, EnterpriseRules rules, EnterpriseAccess access,
                RegionDirectory regions, IndustryDirectory industries, AuditLog audit, ApplicationEventPublisher events,
                JdbcClient jdbc, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.reads = reads;
        this.store = store;
        this.rules = rules;
        this.access = access;
        this.regions = regions;
        this.industries = industries;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** Registers a new enterprise or corrects a known one (same credit code: merged); 400 with each field's reason. */
    @Transactional
    EnterpriseView save(EnterpriseCommand command) {
        CurrentUser user = access.keeper();
        if (command == null) {
            throw FieldErrors.of("body", StoredText.of("enterprise.error.bodyMissing"));
        }
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        CleanEnterprise clean = rules.check(command, user, code -> regions.find(code).isPresent(),
                code -> industries.find(code).isPresent(), (f, m) -> errors.add(new FieldErrors.FieldError(f, m)));
        if (clean == null) {
            throw new FieldErrors(errors);
        }
        Optional<EnterpriseView> before = reads.find(clean.creditCode());
        if (before.isPresent()) {
            access.requireVisible(user, before.get().creditCode(), before.get().regionCode());
        }
        store.save(List.of(clean));
        announce(List.of(clean), before.isPresent() ? Set.of(clean.creditCode()) : Set.of());
        EnterpriseView after = reads.find(clean.creditCode()).orElseThrow();
        audit.record(before.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, AUDIT_TYPE, clean.creditCode(),
                before.isPresent() ? StoredText.of("enterprise.audit.updated", clean.name(), Changes.stored(fields(before.get()), fields(after)))
                        : StoredText.of("enterprise.audit.registered", clean.name(), clean.regionCode(), EnterpriseStore.flagsOf(clean)));
        return after;
    }

    /** The fields a correction may change, named as the form names them, for the audit log. */
    private Map<String, Object> fields(EnterpriseView e) {
        Map<String, Object> fields = Changes.snapshot();
        fields.put("enterprise.audit.field.name", e.name());
        fields.put("enterprise.audit.field.legalRepresentative", e.legalRepresentative());
        fields.put("enterprise.audit.field.region", e.regionCode());
        fields.put("enterprise.audit.field.industry", e.industryCode());
        fields.put("enterprise.audit.field.address", e.address());
        fields.put("enterprise.audit.field.contactPerson", e.contactPerson());
        fields.put("enterprise.audit.field.contactPhone", e.contactPhone());
        fields.put("enterprise.audit.field.size", e.size() == null ? null : StoredText.label(e.size().labelKey()));
        fields.put("enterprise.audit.field.revenue", e.revenue());
        fields.put("enterprise.audit.field.revenueYear", e.revenueYear());
        fields.put("enterprise.audit.field.flags", e.flags() == null || e.flags().isEmpty() ? null : StoredText.list("shared.listSeparator",
                e.flags().stream().sorted(java.util.Comparator.comparing((EnterpriseView.FlagYear f) -> f.year() + chinese(f.flag().labelKey())))
                        .map(f -> StoredText.of("enterprise.audit.flag", f.year(), StoredText.label(f.flag().labelKey()))).toList()));
        return fields;
    }

    /** A flag's Chinese name, which orders the flags in the audit log as before. */
    private String chinese(String key) {
        return messages.getMessage(key, null, key, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    /** Events for new enterprises and for every enterprise's flags of the saved years. */
    void announce(List<CleanEnterprise> saved, Set<String> known) {
        for (CleanEnterprise e : saved) {
            if (!known.contains(e.creditCode())) {
                events.publishEvent(new EnterpriseRegistered(e.creditCode(), e.name(), e.regionCode(), e.industryCode()));
            }
            events.publishEvent(new EnterpriseFlagsChanged(e.creditCode(), e.flagYear(), Set.copyOf(e.flags())));
        }
    }

    /** One enterprise, if the signed-in user may see it; otherwise a Chinese 404. */
    @Transactional(readOnly = true)
    EnterpriseView get(String creditCode) {
        CurrentUser user = access.reader();
        String code = normalise(creditCode);
        EnterpriseView view = reads.find(code).orElseThrow(() -> new NotFoundException(StoredText.of("enterprise.error.enterpriseNotFound", code)));
        access.requireVisible(user, view.creditCode(), view.regionCode());
        return view;
    }

    @Transactional(readOnly = true)
    EnterpriseReads.Page search(EnterpriseQuery query) {
        return reads.search(query, access.reader());
    }

    @Transactional(readOnly = true)
    void each(EnterpriseQuery query, java.util.function.Consumer<EnterpriseView> consumer) {
        reads.each(query, access.reader(), consumer);
    }

    static String normalise(String creditCode) {
        try {
            return CreditCode.of(creditCode).value();
        } catch (InvalidCodeException e) {
            throw new NotFoundException(StoredText.of("enterprise.error.enterpriseNotFound", creditCode));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EnterpriseView> find(String creditCode) {
        return creditCode == null ? Optional.empty() : reads.find(creditCode.strip().toUpperCase());
    }

    @Override
    @Transactional
    public EnterpriseView registerIfAbsent(String creditCode, String name, String regionCode, String industryCode) {
        Optional<EnterpriseView> known = find(creditCode);
        return known.orElseGet(() -> save(new EnterpriseCommand(creditCode, name, null, regionCode, industryCode, null, null,
                null, null, null, null, null, null)));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, EnterpriseView> findAll(Collection<String> creditCodes) {
        if (creditCodes.isEmpty()) {
            return Map.of();
        }
        return reads.findAll(creditCodes.toArray(String[]::new)).stream()
                .collect(Collectors.toMap(EnterpriseView::creditCode, Function.identity()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> withFlag(EnterpriseFlag flag, int year, String regionCode) {
        return jdbc.sql("""
                        SELECT e.credit_code FROM enterprise e JOIN enterprise_flag f ON f.credit_code = e.credit_code
                        WHERE f.flag = ? AND f.year = ? AND e.region_code LIKE ? ORDER BY e.credit_code""")
                .params(flag.name(), year, EnterpriseAccess.prefix(regionCode) + "%").query(String.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> inRegion(String regionCode, int limit) {
        return jdbc.sql("SELECT credit_code FROM enterprise WHERE region_code LIKE ? ORDER BY credit_code LIMIT ?")
                .params(EnterpriseAccess.prefix(regionCode) + "%", Math.max(0, Math.min(limit, 5000)))
                .query(String.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> countByTown(String regionCode) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        SELECT region_code, count(*) FROM enterprise WHERE region_code LIKE ? AND length(region_code) = 9
                        GROUP BY region_code ORDER BY region_code""")
                .param(EnterpriseAccess.prefix(regionCode) + "%")
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }
}
