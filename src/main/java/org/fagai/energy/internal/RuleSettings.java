package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.shared.Changes;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators change the review thresholds, the opinion's validity, the check tolerance, the grade bands and the weights. */
@Service
class RuleSettings {

    /** Every field optional (kept when empty); {@code weights} in the scorecard's order, summing to 100 when given. */
    record Change(BigDecimal provinceTce, BigDecimal exemptTce, BigDecimal exemptWanKwh, Integer validityYears, Integer lapseWarningDays,
                  BigDecimal checkTolerance, BigDecimal gradeExceeded, BigDecimal gradeCompleted, BigDecimal gradeBasic,
                  List<BigDecimal> weights) {
    }

    private static final BigDecimal MAX = new BigDecimal("100000000");

    private final EnergyAccess access;
    private final RuleStore store;
    private final AuditLog audit;

    RuleSettings(EnergyAccess access, RuleStore store, AuditLog audit) {
        this.access = access;
        this.store = store;
        this.audit = audit;
    }

    @Transactional
    EnergyRules change(Change c) {
        CurrentUser user = access.admin();
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("energy.error.bodyMissing"));
        }
        EnergyRules old = store.rules();
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        EnergyRules r = new EnergyRules(pick(errors, "provinceTce", c.provinceTce(), old.provinceTce()),
                pick(errors, "exemptTce", c.exemptTce(), old.exemptTce()), pick(errors, "exemptWanKwh", c.exemptWanKwh(), old.exemptWanKwh()),
                c.validityYears() == null ? old.validityYears() : c.validityYears(),
                c.lapseWarningDays() == null ? old.lapseWarningDays() : c.lapseWarningDays(),
                pick(errors, "checkTolerance", c.checkTolerance(), old.checkTolerance()),
                pick(errors, "gradeExceeded", c.gradeExceeded(), old.gradeExceeded()),
                pick(errors, "gradeCompleted", c.gradeCompleted(), old.gradeCompleted()), pick(errors, "gradeBasic", c.gradeBasic(), old.gradeBasic()));
        if (r.validityYears() < 1 || r.validityYears() > 10) {
            errors.add(new FieldErrors.FieldError("validityYears", StoredText.of("energy.error.ruleValidity")));
        }
        if (r.lapseWarningDays() < 0 || r.lapseWarningDays() > 365) {
            errors.add(new FieldErrors.FieldError("lapseWarningDays", StoredText.of("energy.error.ruleWarningDays")));
        }
        if (r.provinceTce() != null && r.exemptTce() != null && r.exemptTce().compareTo(r.provinceTce()) >= 0) {
            errors.add(new FieldErrors.FieldError("exemptTce", StoredText.of("energy.error.ruleThresholds")));
        }
        if (r.gradeBasic() != null && r.gradeCompleted() != null && r.gradeExceeded() != null
                && (r.gradeBasic().compareTo(r.gradeCompleted()) >= 0 || r.gradeCompleted().compareTo(r.gradeExceeded()) >= 0)) {
            errors.add(new FieldErrors.FieldError("gradeCompleted", StoredText.of("energy.error.ruleGrades")));
        }
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        List<RuleStore.Indicator> indicators = store.indicators();
        if (c.weights() != null && !c.weights().isEmpty()) {
            for (int i = 0; i < indicators.size(); i++) {
                BigDecimal w = i < c.weights().size() && c.weights().get(i) != null ? c.weights().get(i) : indicators.get(i).weight();
                if (w.signum() < 0 || w.compareTo(Scorecard.HUNDRED) > 0) {
                    errors.add(new FieldErrors.FieldError("weights[" + i + "]", StoredText.of("energy.error.weightRange")));
                }
                weights.put(indicators.get(i).code(), w);
            }
            if (!Scorecard.weightsComplete(List.copyOf(weights.values()))) {
                errors.add(new FieldErrors.FieldError("weights", StoredText.of("energy.error.weightSum")));
            }
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        store.save(r, user.username());
        store.saveWeights(weights);
        audit.record(AuditAction.UPDATE, "energy-rule", "1", StoredText.of("energy.audit.rules",
                Changes.stored(fields(old, indicators, Map.of()), fields(r, indicators, weights))));
        return r;
    }

    /** What a rules edit may change, for the audit: each rule and, when given, each indicator's weight (labels are message keys). */
    private static Map<String, Object> fields(EnergyRules r, List<RuleStore.Indicator> indicators, Map<String, BigDecimal> weights) {
        Map<String, Object> fields = Changes.snapshot();
        fields.put("energy.rules.provinceTce", r.provinceTce());
        fields.put("energy.rules.exemptTce", r.exemptTce());
        fields.put("energy.rules.exemptKwh", r.exemptWanKwh());
        fields.put("energy.audit.field.validityYears", r.validityYears());
        fields.put("energy.audit.field.lapseWarningDays", r.lapseWarningDays());
        fields.put("energy.audit.field.checkTolerance", r.checkTolerance());
        fields.put("energy.audit.field.gradeExceeded", r.gradeExceeded());
        fields.put("energy.audit.field.gradeCompleted", r.gradeCompleted());
        fields.put("energy.audit.field.gradeBasic", r.gradeBasic());
        for (RuleStore.Indicator indicator : indicators) {
            fields.put(StoredText.of("energy.audit.field.weight", indicator.name()), weights.getOrDefault(indicator.code(), indicator.weight()));
        }
        return fields;
    }

    private static BigDecimal pick(List<FieldErrors.FieldError> errors, String field, BigDecimal value, BigDecimal old) {
        if (value == null) {
            return old;
        }
        if (value.signum() <= 0 || value.compareTo(MAX) > 0) {
            errors.add(new FieldErrors.FieldError(field, StoredText.of("energy.error.ruleValueRange")));
        }
        return value;
    }
}
