package org.fagai.project.internal.land;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.shared.StoredText;
import org.fagai.project.internal.registry.Project;
import org.fagai.project.internal.registry.ProjectRegistry;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.FieldErrors.FieldError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's land (用地): recorded by staff, read by whoever sees the project. */
@Service
class LandBook {

    private static final BigDecimal MAX_AREA = new BigDecimal("999999999999.99");

    private final JdbcClient jdbc;
    private final ProjectRegistry registry;
    private final AuditLog audit;

    LandBook(JdbcClient jdbc, ProjectRegistry registry, AuditLog audit) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    Optional<LandView> of(String code) {
        Project project = registry.visible(code);
        return jdbc.sql("SELECT area_mu, nature, approval_document, supply_status, updated_by, updated_at FROM project_land"
                        + " WHERE project_id = ?").param(project.id())
                .query((rs, i) -> new LandView(rs.getBigDecimal(1), LandNature.valueOf(rs.getString(2)), rs.getString(3),
                        SupplyStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, java.time.OffsetDateTime.class)))
                .optional();
    }

    @Transactional
    LandView save(String code, LandInput input) {
        Commands.check(input);
        Project project = registry.visible(code);
        registry.scope().requireEditor(project.regionCode());
        List<FieldError> errors = new ArrayList<>();
        if (input.areaMu() == null || input.areaMu().signum() < 0 || input.areaMu().compareTo(MAX_AREA) > 0
                || input.areaMu().stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("areaMu", StoredText.of("project.error.land.area")));
        }
        LandNature nature = parse(LandNature.class, input.nature(), "nature", StoredText.of("project.error.land.nature"), errors);
        SupplyStatus status = parse(SupplyStatus.class, input.supplyStatus(), "supplyStatus",
                StoredText.of("project.error.land.supply"), errors);
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        String document = input.approvalDocument() == null || input.approvalDocument().isBlank() ? null : input.approvalDocument().trim();
        jdbc.sql("""
                INSERT INTO project_land (project_id, area_mu, nature, approval_document, supply_status, updated_by)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (project_id) DO UPDATE SET area_mu = excluded.area_mu, nature = excluded.nature,
                    approval_document = excluded.approval_document, supply_status = excluded.supply_status,
                    updated_by = excluded.updated_by, updated_at = now()""")
                .params(project.id(), input.areaMu(), nature.name(), document, status.name(), registry.scope().user().username())
                .update();
        audit.record(AuditAction.UPDATE, "project", project.code(), StoredText.of(document == null
                ? "project.audit.land" : "project.audit.landDocument", input.areaMu().toPlainString(), StoredText.label("project.land.nature." + nature.name()),
                StoredText.label("project.land.supply." + status.name()), document == null ? "" : document));
        return of(code).orElseThrow();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String field, String message, List<FieldError> errors) {
        try {
            return Enum.valueOf(type, text == null ? "" : text.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, message));
            return null;
        }
    }
}
