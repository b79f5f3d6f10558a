package org.fagai.businessenv.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.shared.Changes;
import org.fagai.shared.StoredText;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The indicator system as stored: read in order (first level, then its second-level ones), weights and units kept. */
@Service
class IndicatorSystem {

    private final JdbcClient jdbc;
    private final OrganizationDirectory directory;
    private final AuditLog audit;
    private final EvaluationAccess access;

    IndicatorSystem(JdbcClient jdbc, OrganizationDirectory directory, AuditLog audit, EvaluationAccess access) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
        this.access = access;
    }

    @Transactional(readOnly = true)
    List<Indicator> all() {
        return jdbc.sql("""
                        SELECT i.* FROM be_indicator i LEFT JOIN be_indicator p ON p.code = i.parent_code
                        ORDER BY coalesce(p.seq, i.seq), i.parent_code NULLS FIRST, i.seq""")
                .query((rs, n) -> {
                    String direction = rs.getString("direction");
                    long unitId = rs.getLong("member_unit_id");
                    Long memberUnitId = rs.wasNull() ? null : unitId;
                    return new Indicator(rs.getString("code"), rs.getString("parent_code"), rs.getString("name"),
                            rs.getString("unit"), direction == null ? null : Direction.valueOf(direction),
                            rs.getBigDecimal("weight"), rs.getBoolean("national"), rs.getString("member_unit"), memberUnitId,
                            IndicatorSource.valueOf(rs.getString("source")), rs.getInt("seq"));
                }).list();
    }

    /** An administrator or staff member changes an indicator's weight and the section its data is collected from. */
    @Transactional
    void update(String code, EvaluationCommands.IndicatorChange change) {
        access.requireStaff();
        if (change.weight() == null || change.weight().signum() <= 0 || change.weight().compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw FieldErrors.of("weight", StoredText.of("businessenv.error.weight"));
        }
        if (change.memberUnitId() != null && directory.unit(change.memberUnitId()).isEmpty()) {
            throw FieldErrors.of("memberUnitId", StoredText.of("businessenv.error.unitMissing", change.memberUnitId()));
        }
        Map<String, Object> before = jdbc.sql("SELECT weight, member_unit_id FROM be_indicator WHERE code = ?").param(code)
                .query((rs, n) -> fields(rs.getBigDecimal("weight"), rs.getObject("member_unit_id", Long.class))).optional()
                .orElseThrow(() -> new NotFoundException(StoredText.of("businessenv.error.indicatorMissing", code)));
        jdbc.sql("UPDATE be_indicator SET weight = ?, member_unit_id = ? WHERE code = ?")
                .params(change.weight(), change.memberUnitId(), code).update();
        audit.record(AuditAction.UPDATE, "business-environment-indicator", code,
                Changes.stored(before, fields(change.weight(), change.memberUnitId())));
    }

    private Map<String, Object> fields(BigDecimal weight, Long memberUnitId) {
        Map<String, Object> fields = Changes.snapshot();
        fields.put("businessenv.audit.field.weight", weight);
        fields.put("businessenv.audit.field.memberUnit", memberUnitId == null ? null : directory.unit(memberUnitId).map(u -> u.name()).orElse(String.valueOf(memberUnitId)));
        return fields;
    }
}
