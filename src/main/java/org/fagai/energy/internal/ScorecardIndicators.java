package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.StoredText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators add, edit and retire the indicators of the 节能目标责任考核 scorecard. Every change leaves the indicators in
 * force with weights summing to 100 (the other indicators' new weights come in the same change); a retired indicator
 * leaves the scorecard but keeps its row, and past assessments keep its name and weight with their scores.
 */
@Service
class ScorecardIndicators {

    static final String AUDIT_TYPE = "energy-score-indicator";
    static final int MAX_INDICATORS = 30;

    /**
     * One indicator's fields (null keeps the stored value on an edit); {@code weights} the new weights of other indicators
     * in force, by code, when this change needs them to keep the sum at 100.
     */
    record Change(@MaxLength(100) String name, BigDecimal weight, @MaxLength(20) String source, @MaxLength(300) String description,
                  Map<String, BigDecimal> weights) {
    }

    /** A row of the page's whole-scorecard form; {@code code} null for a new indicator. */
    record Row(String code, String name, BigDecimal weight, String source, String description, boolean retire) {
    }

    private final EnergyAccess access;
    private final RuleStore store;
    private final AuditLog audit;
    private final Clock clock;

    ScorecardIndicators(EnergyAccess access, RuleStore store, AuditLog audit, Clock clock) {
        this.access = access;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    List<RuleStore.Indicator> list(boolean withRetired) {
        access.reader();
        return withRetired ? store.allIndicators() : store.indicators();
    }

    RuleStore.Indicator get(String code) {
        access.reader();
        return find(code);
    }

    @Transactional
    RuleStore.Indicator add(Change c) {
        CurrentUser user = admin();
        List<FieldErrors.FieldError> errors = checked(c);
        List<Planned> plan = othersWith(c.weights(), null, errors);
        Planned added = new Planned(null, "weight", required(c.name(), "name", errors), c.weight(), source(c.source(), "source", errors),
                blankToNull(c.description()), false);
        if (c.weight() == null) {
            errors.add(new FieldErrors.FieldError("weight", StoredText.of("energy.error.weightMissing")));
        }
        plan.add(added);
        return apply(plan, "weight", errors, user).getOrDefault(null, null);
    }

    @Transactional
    RuleStore.Indicator edit(String code, Change c) {
        CurrentUser user = admin();
        RuleStore.Indicator old = active(code);
        List<FieldErrors.FieldError> errors = checked(c);
        List<Planned> plan = othersWith(c.weights(), old.code(), errors);
        plan.add(new Planned(old.code(), "weight", c.name() == null ? old.name() : required(c.name(), "name", errors),
                c.weight() == null ? old.weight() : c.weight(), c.source() == null ? old.source() : source(c.source(), "source", errors),
                c.description() == null ? old.description() : blankToNull(c.description()), false));
        apply(plan, "weight", errors, user);
        return find(old.code());
    }

    @Transactional
    RuleStore.Indicator retire(String code, Map<String, BigDecimal> weights) {
        CurrentUser user = admin();
        RuleStore.Indicator old = active(code);
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        List<Planned> plan = othersWith(weights, old.code(), errors);
        plan.add(new Planned(old.code(), "weight", old.name(), old.weight(), old.source(), old.description(), true));
        apply(plan, "weights", errors, user);
        return find(old.code());
    }

    /** The page's form: every indicator in force (edited, or retired when ticked) and at most one new one. */
    @Transactional
    void replace(List<Row> rows) {
        CurrentUser user = admin();
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        Map<String, RuleStore.Indicator> inForce = new LinkedHashMap<>();
        store.indicators().forEach(i -> inForce.put(i.code(), i));
        List<Planned> plan = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), MAX_INDICATORS); i++) {
            Row r = rows.get(i);
            String prefix = "rows[" + i + "].";
            boolean isNew = r.code() == null || r.code().isBlank();
            if (isNew && (r.name() == null || r.name().isBlank()) && r.weight() == null) {
                continue;
            }
            RuleStore.Indicator old = isNew ? null : inForce.remove(r.code().strip());
            if (!isNew && old == null) {
                errors.add(new FieldErrors.FieldError(prefix + "code", StoredText.of("energy.error.indicatorRetiredOrUnknown", r.code())));
                continue;
            }
            lengthChecked(prefix + "name", r.name(), 100, errors);
            lengthChecked(prefix + "description", r.description(), 300, errors);
            if (r.weight() == null && !r.retire()) {
                errors.add(new FieldErrors.FieldError(prefix + "weight", StoredText.of("energy.error.weightMissing")));
            }
            plan.add(new Planned(isNew ? null : old.code(), prefix + "weight", required(r.name(), prefix + "name", errors),
                    r.weight() == null ? (old == null ? BigDecimal.ZERO : old.weight()) : r.weight(),
                    r.source() == null && old != null ? old.source() : source(r.source(), prefix + "source", errors),
                    r.description() == null && old != null ? old.description() : blankToNull(r.description()), r.retire()));
        }
        inForce.values().forEach(i -> plan.add(new Planned(i.code(), "weights", i.name(), i.weight(), i.source(), i.description(), false)));
        apply(plan, "weights", errors, user);
    }

    /** An indicator as it will stand after the change; {@code weightField} names its weight in errors. */
    private record Planned(String code, String weightField, String name, BigDecimal weight, ScoreSource source, String description, boolean retire) {
    }

    /** Checks the whole plan, then stores and audits each indicator that changed; returns the stored indicators by code (null: the new one). */
    private Map<String, RuleStore.Indicator> apply(List<Planned> plan, String sumField, List<FieldErrors.FieldError> errors, CurrentUser user) {
        BigDecimal sum = BigDecimal.ZERO;
        long newOnes = plan.stream().filter(p -> p.code() == null).count();
        for (Planned p : plan) {
            String field = p.weightField();
            if (p.weight() != null && (p.weight().signum() < 0 || p.weight().compareTo(Scorecard.HUNDRED) > 0 || p.weight().scale() > 2)) {
                errors.add(new FieldErrors.FieldError(field, StoredText.of("energy.error.weightDecimals", p.weight().toPlainString())));
            } else if (!p.retire() && p.weight() != null) {
                sum = sum.add(p.weight());
            }
        }
        if (newOnes > 1) {
            errors.add(new FieldErrors.FieldError(sumField, StoredText.of("energy.error.indicatorOneAtATime")));
        }
        if (plan.stream().filter(p -> !p.retire()).count() == 0) {
            errors.add(new FieldErrors.FieldError(sumField, StoredText.of("energy.error.indicatorKeepOne")));
        } else if (plan.stream().filter(p -> !p.retire()).count() > MAX_INDICATORS) {
            errors.add(new FieldErrors.FieldError(sumField, StoredText.of("energy.error.indicatorMax", MAX_INDICATORS)));
        }
        if (errors.isEmpty() && sum.compareTo(Scorecard.HUNDRED) != 0) {
            errors.add(new FieldErrors.FieldError(sumField, StoredText.of("energy.error.weightSumAdjusted",
                    sum.stripTrailingZeros().toPlainString())));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        Map<String, RuleStore.Indicator> before = new LinkedHashMap<>();
        store.allIndicators().forEach(i -> before.put(i.code(), i));
        Map<String, RuleStore.Indicator> stored = new LinkedHashMap<>();
        for (Planned p : plan) {
            if (p.code() == null) {
                RuleStore.Indicator added = new RuleStore.Indicator(newCode(before), p.name().strip(), p.weight(),
                        before.values().stream().mapToInt(RuleStore.Indicator::position).max().orElse(0) + 1, p.description(), p.source(), null);
                store.insertIndicator(added, user.username());
                audit.record(AuditAction.CREATE, AUDIT_TYPE, added.code(), StoredText.of("energy.audit.scorecard.indicatorAdded", added.code(), added.name(), plain(added.weight()), sourceName(added.source()), Objects.toString(added.description(), "—")));
                stored.put(null, added);
                continue;
            }
            RuleStore.Indicator old = before.get(p.code());
            RuleStore.Indicator now = new RuleStore.Indicator(old.code(), p.name().strip(), p.weight(), old.position(), p.description(), p.source(),
                    p.retire() ? LocalDate.now(clock) : null);
            List<String> changes = changes(old, now);
            if (!changes.isEmpty()) {
                store.updateIndicator(now, user.username());
                audit.record(AuditAction.UPDATE, AUDIT_TYPE, old.code(), StoredText.of(p.retire() ? "energy.audit.scorecard.retired"
                        : "energy.audit.scorecard.changed", old.code(), old.name(), StoredText.list("shared.reasonSeparator", changes)));
            }
            stored.put(old.code(), now);
        }
        return stored;
    }

    private static List<String> changes(RuleStore.Indicator old, RuleStore.Indicator now) {
        List<String> changes = new ArrayList<>();
        if (!old.name().equals(now.name())) {
            changes.add(StoredText.of("energy.audit.scorecard.name", old.name(), now.name()));
        }
        if (old.weight().compareTo(now.weight()) != 0) {
            changes.add(StoredText.of("energy.audit.scorecard.weight", plain(old.weight()), plain(now.weight())));
        }
        if (old.source() != now.source()) {
            changes.add(StoredText.of("energy.audit.scorecard.source", sourceName(old.source()), sourceName(now.source())));
        }
        if (!Objects.equals(old.description(), now.description())) {
            changes.add(StoredText.of("energy.audit.scorecard.description", Objects.toString(old.description(), "—"),
                    Objects.toString(now.description(), "—")));
        }
        if (!Objects.equals(old.retiredOn(), now.retiredOn())) {
            changes.add(StoredText.of("energy.audit.scorecard.retiredOn", now.retiredOn()));
        }
        return changes;
    }

    /** The other indicators in force, each with its new weight when the change gives one; an unknown code is an error. */
    private List<Planned> othersWith(Map<String, BigDecimal> weights, String except, List<FieldErrors.FieldError> errors) {
        Map<String, BigDecimal> given = weights == null ? Map.of() : weights;
        List<Planned> plan = new ArrayList<>();
        List<RuleStore.Indicator> inForce = store.indicators();
        if (given.size() > MAX_INDICATORS) {
            errors.add(new FieldErrors.FieldError("weights", StoredText.of("energy.error.weightsMax", MAX_INDICATORS)));
            return plan;
        }
        for (String code : given.keySet()) {
            if (code == null || code.equals(except) || inForce.stream().noneMatch(i -> i.code().equals(code))) {
                String shown = code == null ? "null" : code.substring(0, Math.min(code.length(), 30));
                errors.add(new FieldErrors.FieldError("weights", StoredText.of("energy.error.indicatorNotOther", shown)));
            } else if (given.get(code) == null) {
                errors.add(new FieldErrors.FieldError("weights[" + code + "]", StoredText.of("energy.error.weightMissing")));
            }
        }
        for (RuleStore.Indicator i : inForce) {
            if (!i.code().equals(except)) {
                BigDecimal w = given.get(i.code());
                plan.add(new Planned(i.code(), "weights[" + i.code() + "]", i.name(), w == null ? i.weight() : w, i.source(), i.description(), false));
            }
        }
        return plan;
    }

    private CurrentUser admin() {
        return access.admin("只有系统管理员可以调整考核记分卡的指标");
    }

    private RuleStore.Indicator find(String code) {
        return store.allIndicators().stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException(StoredText.of("energy.error.indicatorNotFound", shorten(code))));
    }

    private RuleStore.Indicator active(String code) {
        RuleStore.Indicator i = find(code);
        if (i.retired()) {
            throw FieldErrors.of("code", StoredText.of("energy.error.indicatorRetired", i.retiredOn(), i.code()));
        }
        return i;
    }

    private static List<FieldErrors.FieldError> checked(Change c) {
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("energy.error.bodyMissing"));
        }
        return new ArrayList<>(Commands.violations(c));
    }

    private static String required(String value, String field, List<FieldErrors.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldErrors.FieldError(field, StoredText.of("energy.error.indicatorNameMissing")));
            return "";
        }
        return value.strip();
    }

    private static void lengthChecked(String field, String value, int max, List<FieldErrors.FieldError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new FieldErrors.FieldError(field, StoredText.of("energy.error.tooLong", max)));
        }
    }

    private static ScoreSource source(String value, String field, List<FieldErrors.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ScoreSource.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldErrors.FieldError(field, StoredText.of("energy.error.scoreSource")));
            return null;
        }
    }

    private static String newCode(Map<String, RuleStore.Indicator> existing) {
        int n = existing.size() + 1;
        while (existing.containsKey("IND" + n)) {
            n++;
        }
        return "IND" + n;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }

    private static Object sourceName(ScoreSource s) {
        return s == null ? StoredText.label("energy.audit.scorecard.manual") : s.name();
    }

    private static String shorten(String s) {
        return s == null ? "null" : s.substring(0, Math.min(s.length(), 30));
    }
}
