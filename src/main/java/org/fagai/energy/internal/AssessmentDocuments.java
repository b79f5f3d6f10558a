package org.fagai.energy.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** The year's assessment report for the user's region, with every result's scores, audited as an export. */
@Component
class AssessmentDocuments {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    record Document(String fileName, byte[] bytes) {
        String disposition() {
            return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
        }
    }

    private final Assessments assessments;
    private final EnergyAccess access;
    private final AuditLog audit;

    AssessmentDocuments(Assessments assessments, EnergyAccess access, AuditLog audit) {
        this.assessments = assessments;
        this.access = access;
        this.audit = audit;
    }

    Document report(int year) {
        CurrentUser user = access.reader();
        List<AssessmentView> results = assessments.list(year, user).stream().map(a -> assessments.get(a.id())).toList();
        audit.record(AuditAction.EXPORT, Assessments.AUDIT_TYPE, String.valueOf(year), StoredText.of("energy.audit.assessment.report", year, results.size()));
        return new Document(year + "年度节能目标责任考核结果.docx", AssessmentReport.write(year, user.regionName(), results));
    }
}
