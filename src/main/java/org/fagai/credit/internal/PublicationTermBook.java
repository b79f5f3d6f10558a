package org.fagai.credit.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.Changes;
import org.fagai.shared.StoredText;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publication periods per field. An administrator sets the period a law prescribes (a law's own period wins over
 * 令2023年第58号); every stored penalty of that field is recomputed at once, so lists, the public page and the export
 * follow the new period.
 */
@Service
class PublicationTermBook {

    static final int MAX_BASIS_LENGTH = 300;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CreditAccess access;

    PublicationTermBook(JdbcClient jdbc, AuditLog audit, CreditAccess access) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
    }

    @Transactional(readOnly = true)
    PublicationTerms current() {
        return StoredPenaltyPeriods.terms(jdbc);
    }

    @Transactional(readOnly = true)
    List<PublicationTerm> list() {
        access.reader();
        return current().inOrder();
    }

    /** Sets one field's periods; returns how many stored penalties got a new period. */
    @Transactional
    int update(String categoryName, Integer minimumMonths, Integer maximumMonths, String legalBasis) {
        CurrentUser admin = access.administrator();
        PenaltyCategory category = category(categoryName);
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        if (legalBasis != null && legalBasis.length() > MaxLength.TEXT) {
            errors.add(new FieldErrors.FieldError("legalBasis", StoredText.of("credit.error.basisLength", MaxLength.TEXT)));
        }
        if (minimumMonths == null || minimumMonths < 0 || minimumMonths > PublicationTerm.MAX_MONTHS) {
            errors.add(new FieldErrors.FieldError("minimumMonths", StoredText.of("credit.error.minimumMonths", PublicationTerm.MAX_MONTHS)));
        }
        if (maximumMonths == null || maximumMonths < 1 || maximumMonths > PublicationTerm.MAX_MONTHS) {
            errors.add(new FieldErrors.FieldError("maximumMonths", StoredText.of("credit.error.maximumMonths", PublicationTerm.MAX_MONTHS)));
        } else if (minimumMonths != null && maximumMonths < minimumMonths) {
            errors.add(new FieldErrors.FieldError("maximumMonths", StoredText.of("credit.error.maximumBelowMinimum")));
        }
        if (legalBasis == null || legalBasis.isBlank()) {
            errors.add(new FieldErrors.FieldError("legalBasis", StoredText.of("credit.error.basisRequired")));
        } else if (legalBasis.strip().length() > MAX_BASIS_LENGTH) {
            errors.add(new FieldErrors.FieldError("legalBasis", StoredText.of("credit.error.basisTooLong", MAX_BASIS_LENGTH)));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        PublicationTerm before = current().byCategory().get(category);
        jdbc.sql("""
                        UPDATE credit_publication_period SET minimum_months = ?, maximum_months = ?, legal_basis = ?,
                          updated_at = now(), updated_by = ? WHERE category = ?""")
                .params(minimumMonths, maximumMonths, legalBasis.strip(), admin.username(), category.name()).update();
        int recomputed = StoredPenaltyPeriods.recompute(jdbc, EnumSet.of(category));
        audit.record(AuditAction.UPDATE, "credit-publication-period", category.name(), StoredText.of("credit.audit.period.changed",
                category.name(), Changes.stored(fields(before.minimumMonths(), before.maximumMonths(), before.legalBasis()),
                        fields(minimumMonths, maximumMonths, legalBasis.strip())), recomputed));
        return recomputed;
    }

    private static PenaltyCategory category(String name) {
        try {
            return PenaltyCategory.valueOf(name == null ? "" : name.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw FieldErrors.of("category", StoredText.of("credit.error.categoryMissing", name));
        }
    }

    private static Map<String, Object> fields(int minimumMonths, int maximumMonths, String legalBasis) {
        Map<String, Object> fields = Changes.snapshot();
        fields.put("credit.audit.field.minimumMonths", minimumMonths);
        fields.put("credit.audit.field.maximumMonths", maximumMonths);
        fields.put("credit.audit.field.legalBasis", legalBasis);
        return fields;
    }
}
