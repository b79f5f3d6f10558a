package org.fagai.energy.internal;

import org.fagai.shared.web.MessageText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.shared.Changes;
import org.fagai.energy.EnergyType;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.StoredText;
import org.fagai.shared.Years;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's coefficient table: each type's 折标准煤系数 and CO₂ factor, and per year the grid factor and
 * electricity's 等价值. Every change is audited and the stored reports it touches are converted again.
 */
@Service
class FactorSettings {

    private static final BigDecimal MAX_FACTOR = BigDecimal.valueOf(100_000);

    record TypeChange(BigDecimal coefficient, BigDecimal co2Factor, @MaxLength(300) String source) {
    }

    record YearChange(Integer year, BigDecimal gridFactor, BigDecimal electricityEquivalent, @MaxLength(300) String source) {
    }

    record TypeRow(EnergyType type, String name, String unit, BigDecimal coefficient, String coefficientUnit,
                   BigDecimal basePerUnit, BigDecimal co2Factor, String co2Unit, String source) {
    }

    record Table(List<TypeRow> types, List<Factors.YearFactor> years) {
    }

    private final EnergyAccess access;
    private final FactorStore store;
    private final Recompute recompute;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final AuditLog audit;
    private final MessageText text;

    FactorSettings(EnergyAccess access, FactorStore store, Recompute recompute,
                   org.springframework.jdbc.core.simple.JdbcClient jdbc, AuditLog audit, MessageText text) {
        this.text = text;
        this.access = access;
        this.store = store;
        this.recompute = recompute;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    Table table() {
        access.reader();
        Factors factors = store.current();
        List<TypeRow> rows = new ArrayList<>();
        for (EnergyType type : EnergyType.values()) {
            Factors.TypeFactor f = factors.of(type);
            String unit = text.get("energy.unit." + type.name());
            rows.add(new TypeRow(type, text.get("energy.type." + type.name()), unit, f.coefficient(), coefficientUnit(type),
                    f.basePerUnit(), type == EnergyType.ELECTRICITY ? null : f.co2Factor(), "tCO₂/" + unit, f.source()));
        }
        return new Table(rows, List.copyOf(factors.years().descendingMap().values()));
    }

    /** kgce/kg for solids and liquids, kgce/m³ for gas, kgce/MJ for heat, kgce/kWh for electricity, kgce/kgce for other. */
    static String coefficientUnit(EnergyType type) {
        return switch (type) {
            case NATURAL_GAS -> "kgce/m³";
            case HEAT -> "kgce/MJ";
            case ELECTRICITY -> "kgce/kWh";
            case OTHER -> "kgce/tce";
            default -> "kgce/kg";
        };
    }

    @Transactional
    int changeType(EnergyType type, TypeChange change) {
        CurrentUser user = access.admin();
        List<FieldErrors.FieldError> errors = new ArrayList<>(Commands.violations(change));
        check(errors, "coefficient", change.coefficient(), true, 6);
        check(errors, "co2Factor", change.co2Factor(), false, 6);
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        Factors.TypeFactor before = store.current().of(type);
        jdbc.sql("""
                        UPDATE energy_type SET coefficient = coalesce(?, coefficient), co2_factor = coalesce(?, co2_factor),
                          source = coalesce(nullif(?, ''), source), updated_at = now(), updated_by = ? WHERE code = ?""")
                .params(change.coefficient(), change.co2Factor(), change.source(), user.username(), type.name()).update();
        int reports = recompute.reportsWith(type);
        audit.record(AuditAction.UPDATE, "energy-factor", type.name(), StoredText.of("energy.audit.factor",
                StoredText.label("energy.type." + type.name()), Changes.stored(typeFields(before), typeFields(store.current().of(type))),
                reports));
        return reports;
    }

    @Transactional
    int setYear(YearChange change) {
        CurrentUser user = access.admin();
        List<FieldErrors.FieldError> errors = new ArrayList<>(Commands.violations(change));
        if (change.year() == null || !Years.contains(change.year())) {
            errors.add(new FieldErrors.FieldError("year", StoredText.of("energy.error.factorYearRange", Years.RANGE)));
        }
        if (change.gridFactor() == null && change.electricityEquivalent() == null) {
            errors.add(new FieldErrors.FieldError("gridFactor", StoredText.of("energy.error.factorElectricity")));
        }
        check(errors, "gridFactor", change.gridFactor(), false, 4);
        check(errors, "electricityEquivalent", change.electricityEquivalent(), false, 4);
        if (change.source() == null || change.source().isBlank()) {
            errors.add(new FieldErrors.FieldError("source", StoredText.of("energy.error.factorSource")));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        Factors.YearFactor previous = store.current().years().get(change.year());
        jdbc.sql("""
                        INSERT INTO energy_year_factor (year, grid_factor, electricity_equivalent, source, updated_by)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (year) DO UPDATE SET grid_factor = coalesce(EXCLUDED.grid_factor, energy_year_factor.grid_factor),
                          electricity_equivalent = coalesce(EXCLUDED.electricity_equivalent, energy_year_factor.electricity_equivalent),
                          source = EXCLUDED.source, updated_at = now(), updated_by = EXCLUDED.updated_by""")
                .params(change.year(), change.gridFactor(), change.electricityEquivalent(), change.source().strip(),
                        user.username()).update();
        Map<Integer, Factors.YearFactor> years = store.current().years();
        Integer next = years.keySet().stream().filter(y -> y > change.year()).min(Integer::compare).orElse(null);
        boolean earliest = years.keySet().stream().noneMatch(y -> y < change.year());
        int reports = recompute.reportsOfYears(earliest ? Years.FIRST : change.year(), next == null ? Years.LAST : next - 1);
        audit.record(AuditAction.UPDATE, "energy-factor", String.valueOf(change.year()), StoredText.of("energy.audit.yearFactor",
                String.valueOf(change.year()), Changes.stored(yearFields(previous), yearFields(years.get(change.year()))), reports));
        return reports;
    }

    /** What an energy type's edit may change, for the audit (labels are message keys). */
    private static Map<String, Object> typeFields(Factors.TypeFactor factor) {
        Map<String, Object> fields = Changes.snapshot();
        fields.put("energy.factors.coefficient", factor.coefficient());
        fields.put("energy.factors.co2", factor.co2Factor());
        fields.put("energy.factors.source", factor.source());
        return fields;
    }

    /** What a year's electricity factors may change, for the audit; none before the first entry of that year. */
    private static Map<String, Object> yearFields(Factors.YearFactor factor) {
        Map<String, Object> fields = Changes.snapshot();
        fields.put("energy.factors.grid", factor == null ? null : factor.gridFactor());
        fields.put("energy.factors.equivalent", factor == null ? null : factor.electricityEquivalent());
        fields.put("energy.factors.source", factor == null ? null : factor.source());
        return fields;
    }

    private static void check(List<FieldErrors.FieldError> errors, String field, BigDecimal value, boolean positive, int decimals) {
        BigDecimal max = decimals == 4 ? BigDecimal.valueOf(1000) : MAX_FACTOR;
        if (value != null && (value.signum() < 0 || (positive && value.signum() == 0) || value.compareTo(max) > 0
                || value.stripTrailingZeros().scale() > decimals)) {
            errors.add(new FieldErrors.FieldError(field, StoredText.of("energy.error.factorRange",
                    StoredText.label(positive ? "energy.error.label.above" : "energy.error.label.notBelow"), max, decimals)));
        }
    }
}
