package org.fagai.energy.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.energy.EnergyType;
import org.fagai.enterprise.EnterpriseRegistry;
import org.fagai.enterprise.EnterpriseView;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.Changes;
import org.fagai.shared.CreditCode;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.StoredText;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Entering a month's report: checked, converted with the coefficients in force, stored (a second report replaces the first), audited. */
@Service
class Reports {

    static final String AUDIT_TYPE = "energy-report";

    private final EnergyAccess access;
    private final EnterpriseRegistry registry;
    private final FactorStore factors;
    private final ReportStore store;
    private final ReportReads reads;
    private final AuditLog audit;
    private final Clock clock;

    Reports(EnergyAccess access, EnterpriseRegistry registry, FactorStore factors, ReportStore store, ReportReads reads,
            AuditLog audit, Clock clock) {
        this.access = access;
        this.registry = registry;
        this.factors = factors;
        this.store = store;
        this.reads = reads;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    ReportView submit(ReportCommand command) {
        CurrentUser user = access.writer();
        if (command == null) {
            throw FieldErrors.of("body", StoredText.of("energy.error.bodyMissing"));
        }
        Map<String, EnterpriseView> enterprise = registry.findAll(codeOf(command.creditCode()));
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        CleanReport clean = ReportInput.check(command, user, enterprise, YearMonth.now(clock),
                (field, message) -> errors.add(new FieldErrors.FieldError(field, message)));
        if (clean == null) {
            throw new FieldErrors(errors);
        }
        Conversion.Figures figures = Conversion.convert(factors.current(), clean.month().getYear(), clean.items());
        Optional<ReportView> before = reads.idOf(clean.creditCode(), clean.month().getYear(), clean.month().getMonthValue())
                .flatMap(reads::find);
        ReportStore.Saved saved = store.save(List.of(new ReportStore.Converted(clean, figures)), user.username()).get(0);
        String figuresText = StoredText.of("energy.audit.report.figures", figures.tce().toPlainString(), figures.co2().toPlainString());
        audit.record(saved.created() ? AuditAction.CREATE : AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(saved.id()), before
                .map(b -> StoredText.of("energy.audit.report.corrected", clean.enterpriseName(), clean.month(), figuresText,
                        Changes.stored(reportFields(b), reportFields(reads.find(saved.id()).orElseThrow()))))
                .orElse(StoredText.of("energy.audit.report.filed", clean.enterpriseName(), clean.month(), figuresText)));
        return reads.find(saved.id()).orElseThrow();
    }

    /** What a correction may change, for the audit: the output value and each energy type's amounts. */
    private static Map<String, Object> reportFields(ReportView report) {
        Map<String, Object> fields = Changes.snapshot();
        fields.put("energy.audit.field.outputValue", report.outputValue());
        for (EnergyType type : EnergyType.values()) {
            ReportView.Item item = report.items().stream().filter(i -> i.type() == type).findFirst().orElse(null);
            // 其他能源 is named by the enterprise; the other types by their catalogue names, in the reader's language.
            Object name = item != null && type == EnergyType.OTHER ? item.name() : StoredText.label("energy.type." + type.name());
            StoredText.Label unit = StoredText.label("energy.unit." + type.name());
            fields.put(StoredText.of("energy.audit.field.amount", name, unit), item == null ? null : item.amount());
            fields.put(StoredText.of("energy.audit.field.rawMaterial", name, unit), item == null ? null : item.rawMaterial());
            fields.put(StoredText.of("energy.audit.field.nonFossil", name, unit), item == null ? null : item.nonFossil());
        }
        return fields;
    }

    ReportView get(long id) {
        CurrentUser user = access.reader();
        ReportView report = reads.find(id).orElseThrow(() -> new NotFoundException(StoredText.of("energy.error.reportNotFound", id)));
        if (!user.canSeeRegion(report.regionCode())) {
            throw new AccessDeniedException("无权查看该企业的能耗月报");
        }
        return report;
    }

    private static List<String> codeOf(String raw) {
        CreditCode.Check check = CreditCode.check(raw);
        return check.valid() ? List.of(check.code()) : List.of();
    }
}
