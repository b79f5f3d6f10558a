package org.fagai.project.internal.registry;

import java.util.Map;
import org.fagai.shared.Changes;
import org.fagai.shared.StoredText;

/** The fields of a project an edit may change, named as the form names them (message keys), for the audit log. */
final class ProjectChanges {

    private ProjectChanges() {
    }

    static Map<String, Object> of(Project p) {
        Map<String, Object> fields = Changes.snapshot();
        fields.put("project.audit.field.name", p.name());
        fields.put("project.audit.field.owner", p.ownerUnit());
        fields.put("project.audit.field.creditCode", p.ownerCreditCode());
        fields.put("project.audit.field.department", p.department());
        fields.put("project.audit.field.leader", p.leader());
        fields.put("project.audit.field.region", p.regionCode());
        fields.put("project.audit.field.industry", p.industryCode());
        fields.put("project.audit.field.location", p.location());
        fields.put("project.audit.field.scale", p.scaleContent());
        fields.put("project.audit.field.start", p.startMonth());
        fields.put("project.audit.field.end", p.endMonth());
        fields.put("project.audit.field.total", p.totalInvestment());
        Funding f = p.funding();
        fields.put("project.audit.field.funding", f == null ? null : StoredText.of("project.audit.funding", plain(f.central()), plain(f.specialBond()),
                plain(f.local()), plain(f.self()), plain(f.loan()), plain(f.other())));
        fields.put("project.audit.field.investmentType", p.investmentType() == null ? null : StoredText.label("project.milestone.type." + p.investmentType().name()));
        fields.put("project.audit.field.completedBefore", p.completedBefore());
        return fields;
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
