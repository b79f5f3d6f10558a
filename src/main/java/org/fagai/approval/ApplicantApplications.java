package org.fagai.approval;

import java.time.LocalDateTime;
import java.util.List;

/** An applicant's applications, newest first, for the enterprise page. Not scoped: the caller checks rights. */
public interface ApplicantApplications {

    List<Brief> forApplicant(String creditCode, int limit);

    record Brief(long id, ApprovalKind kind, ApplicationStatus status, String title, LocalDateTime receivedAt) {
    }
}
