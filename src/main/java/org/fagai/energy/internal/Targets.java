package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.energy.EnergyFiguresChanged;
import org.fagai.enterprise.EnterpriseRegistry;
import org.fagai.enterprise.EnterpriseView;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.reference.RegionDirectory;
import org.fagai.shared.Changes;
import org.fagai.shared.Commands;
import org.fagai.shared.CreditCode;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
import org.fagai.shared.Years;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sets the annual and five-year targets (staff and administrators, within their region), audited. */
@Service
class Targets {

    private static final BigDecimal MAX_DECLINE = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999");

    private final EnergyAccess access;
    private final RegionDirectory regions;
    private final EnterpriseRegistry registry;
    private final OrganizationDirectory organization;
    private final JdbcClient jdbc;
    private final TargetStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Targets(EnergyAccess access, RegionDirectory regions, EnterpriseRegistry registry, OrganizationDirectory organization,
            JdbcClient jdbc, TargetStore store, AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.access = access;
        this.regions = regions;
        this.registry = registry;
        this.organization = organization;
        this.jdbc = jdbc;
        this.store = store;
        this.audit = audit;
    }

    @Transactional
    TargetStore.Annual setAnnual(TargetCommands.Annual c) {
        CurrentUser user = access.planner();
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("energy.error.bodyMissing"));
        }
        List<FieldErrors.FieldError> errors = new ArrayList<>(Commands.violations(c));
        String type = c.subjectType() == null ? "" : c.subjectType().strip();
        String code = c.subjectCode() == null ? "" : c.subjectCode().strip();
        switch (type) {
            case "REGION" -> {
                if (!code.matches("[0-9]{6}([0-9]{3})?") || regions.find(code).isEmpty()) {
                    errors.add(new FieldErrors.FieldError("subjectCode", StoredText.of("energy.error.regionUnknown", code)));
                } else if (!user.canSeeRegion(code)) {
                    errors.add(new FieldErrors.FieldError("subjectCode", StoredText.of("energy.error.targetOtherRegion", code)));
                }
            }
            case "ENTERPRISE" -> {
                CreditCode.Check check = CreditCode.check(code);
                EnterpriseView e = check.valid() ? registry.find(check.code()).orElse(null) : null;
                if (e == null) {
                    errors.add(new FieldErrors.FieldError("subjectCode", StoredText.of("energy.error.enterpriseUnknown", code)));
                } else if (!user.canSeeRegion(e.regionCode())) {
                    errors.add(new FieldErrors.FieldError("subjectCode", StoredText.of("energy.error.targetOtherEnterprise")));
                } else {
                    code = check.code();
                }
            }
            case "DEPARTMENT" -> {
                if (!code.matches("[0-9]{1,9}") || organization.unit(Long.parseLong(code)).isEmpty()) {
                    errors.add(new FieldErrors.FieldError("subjectCode", StoredText.of("energy.error.departmentUnknown", code)));
                }
            }
            default -> errors.add(new FieldErrors.FieldError("subjectType", StoredText.of("energy.error.subjectType")));
        }
        if (c.year() == null || !Years.contains(c.year())) {
            errors.add(new FieldErrors.FieldError("year", StoredText.of("energy.error.yearRange", Years.RANGE)));
        }
        decline(errors, "intensityDecline", c.intensityDecline());
        decline(errors, "co2IntensityDecline", c.co2IntensityDecline());
        amount(errors, "totalCap", c.totalCap());
        if (c.intensityDecline() == null && c.co2IntensityDecline() == null && c.totalCap() == null
                && (c.tasks() == null || c.tasks().isBlank())) {
            errors.add(new FieldErrors.FieldError("intensityDecline", StoredText.of("energy.error.targetEmpty")));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        String tasks = c.tasks() == null || c.tasks().isBlank() ? null : c.tasks().strip();
        Map<String, Object> before = store.annual(type, code, c.year()).map(Targets::targetFields).orElseGet(Changes::snapshot);
        jdbc.sql("""
                        INSERT INTO energy_target (subject_type, subject_code, year, intensity_decline, co2_intensity_decline, total_cap,
                          tasks, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (subject_type, subject_code, year) DO UPDATE SET intensity_decline = EXCLUDED.intensity_decline,
                          co2_intensity_decline = EXCLUDED.co2_intensity_decline, total_cap = EXCLUDED.total_cap, tasks = EXCLUDED.tasks,
                          updated_at = now(), updated_by = EXCLUDED.updated_by""")
                .params(type, code, c.year(), c.intensityDecline(), c.co2IntensityDecline(), c.totalCap(), tasks, user.username())
                .update();
        TargetStore.Annual after = store.annual(type, code, c.year()).orElseThrow();
        audit.record(AuditAction.UPDATE, "energy-target", type + "/" + code + "/" + c.year(), StoredText.of("energy.audit.target.annual",
                c.year(), Changes.stored(before, targetFields(after))));
        events.publishEvent(new EnergyFiguresChanged("TARGETS"));
        return after;
    }

    /** What a year's target may change, for the audit (labels are message keys). */
    private static Map<String, Object> targetFields(TargetStore.Annual target) {
        Map<String, Object> fields = Changes.snapshot();
        fields.put("energy.audit.field.intensityDecline", target.intensityDecline());
        fields.put("energy.audit.field.co2IntensityDecline", target.co2IntensityDecline());
        fields.put("energy.targets.cap", target.totalCap());
        fields.put("energy.audit.field.tasks", target.tasks());
        return fields;
    }

    @Transactional
    TargetStore.FiveYear setFiveYear(TargetCommands.FiveYear c) {
        CurrentUser user = access.planner();
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("energy.error.bodyMissing"));
        }
        List<FieldErrors.FieldError> errors = new ArrayList<>(Commands.violations(c));
        String region = c.regionCode() == null ? "" : c.regionCode().strip();
        if (!region.matches("[0-9]{6}") || regions.find(region).isEmpty()) {
            errors.add(new FieldErrors.FieldError("regionCode", StoredText.of("energy.error.regionUnknown", region)));
        } else if (!user.canSeeRegion(region)) {
            errors.add(new FieldErrors.FieldError("regionCode", StoredText.of("energy.error.targetOtherRegion", region)));
        }
        if (c.name() == null || c.name().isBlank()) {
            errors.add(new FieldErrors.FieldError("name", StoredText.of("energy.error.periodNameMissing")));
        }
        if (c.baseYear() == null || !Years.contains(c.baseYear())) {
            errors.add(new FieldErrors.FieldError("baseYear", StoredText.of("energy.error.baseYearRange", Years.RANGE)));
        }
        if (c.endYear() == null || !Years.contains(c.endYear()) || (c.baseYear() != null && c.endYear() <= c.baseYear())) {
            errors.add(new FieldErrors.FieldError("endYear", StoredText.of("energy.error.targetYearOrder")));
        }
        positive(errors, "baseEnergy", c.baseEnergy(), true);
        positive(errors, "baseCo2", c.baseCo2(), false);
        positive(errors, "baseGdp", c.baseGdp(), true);
        if (c.intensityDecline() == null) {
            errors.add(new FieldErrors.FieldError("intensityDecline", StoredText.of("energy.error.declineMissing")));
        }
        decline(errors, "intensityDecline", c.intensityDecline());
        decline(errors, "co2IntensityDecline", c.co2IntensityDecline());
        amount(errors, "totalCap", c.totalCap());
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        jdbc.sql("""
                        INSERT INTO energy_period_target (region_code, name, base_year, end_year, base_energy, base_co2, base_gdp,
                          intensity_decline, co2_intensity_decline, total_cap, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (region_code, base_year, end_year) DO UPDATE SET name = EXCLUDED.name, base_energy = EXCLUDED.base_energy,
                          base_co2 = EXCLUDED.base_co2, base_gdp = EXCLUDED.base_gdp, intensity_decline = EXCLUDED.intensity_decline,
                          co2_intensity_decline = EXCLUDED.co2_intensity_decline, total_cap = EXCLUDED.total_cap, updated_at = now(),
                          updated_by = EXCLUDED.updated_by""")
                .params(region, c.name().strip(), c.baseYear(), c.endYear(), c.baseEnergy(), c.baseCo2(), c.baseGdp(),
                        c.intensityDecline(), c.co2IntensityDecline(), c.totalCap(), user.username())
                .update();
        audit.record(AuditAction.UPDATE, "energy-period-target", region + "/" + c.baseYear() + "-" + c.endYear(), StoredText.of("energy.audit.target.created", c.name().strip(), c.baseYear(), text(c.baseEnergy()), text(c.baseGdp()), c.endYear(), text(c.intensityDecline())));
        events.publishEvent(new EnergyFiguresChanged("TARGETS"));
        return store.covering(region, c.baseYear() + 1).orElseThrow();
    }

    private static void decline(List<FieldErrors.FieldError> errors, String field, BigDecimal value) {
        if (value != null && (value.abs().compareTo(MAX_DECLINE) > 0 || value.stripTrailingZeros().scale() > 2)) {
            errors.add(new FieldErrors.FieldError(field, StoredText.of("energy.error.declineRange")));
        }
    }

    private static void amount(List<FieldErrors.FieldError> errors, String field, BigDecimal value) {
        positive(errors, field, value, false);
    }

    private static void positive(List<FieldErrors.FieldError> errors, String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(new FieldErrors.FieldError(field, StoredText.of("energy.error.required")));
            }
            return;
        }
        if (value.signum() <= 0 || value.compareTo(MAX_AMOUNT) > 0 || value.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldErrors.FieldError(field, StoredText.of("energy.error.positiveDecimals")));
        }
    }

    private static String text(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }
}
