package org.fagai.credit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 信用修复 of a penalty: granted (by the credit platform or the deciding authority) for a reason, it ends publication
 * early; {@link PenaltyPeriod} refuses it before the minimum period has run.
 */
@Service
class PenaltyRepairs {

    static final int MAX_REASON_LENGTH = 1000;
    static final int MAX_GRANTED_BY_LENGTH = 200;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CreditAccess access;
    private final Penalties penalties;
    private final Clock clock;

    PenaltyRepairs(JdbcClient jdbc, AuditLog audit, CreditAccess access, Penalties penalties, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.penalties = penalties;
        this.clock = clock;
    }

    @Transactional
    PenaltyView repair(long id, RepairCommand command) {
        PenaltyView penalty = penalties.penalty(id);
        CurrentUser user = access.editorOf(penalty.regionCode());
        List<FieldErrors.FieldError> errors = new ArrayList<>(command == null ? List.of() : Commands.violations(command));
        String reason = text(command == null ? null : command.reason());
        String grantedBy = text(command == null ? null : command.grantedBy());
        if (reason == null) {
            errors.add(new FieldErrors.FieldError("reason", StoredText.of("credit.error.repairReasonRequired")));
        } else if (reason.length() > MAX_REASON_LENGTH) {
            errors.add(new FieldErrors.FieldError("reason", StoredText.of("credit.error.repairReasonTooLong", MAX_REASON_LENGTH)));
        }
        if (grantedBy == null) {
            errors.add(new FieldErrors.FieldError("grantedBy", StoredText.of("credit.error.grantedByRequired")));
        } else if (grantedBy.length() > MAX_GRANTED_BY_LENGTH) {
            errors.add(new FieldErrors.FieldError("grantedBy", StoredText.of("credit.error.grantedByTooLong", MAX_GRANTED_BY_LENGTH)));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        if (penalty.repairedAt() != null) {
            throw FieldErrors.of("id", StoredText.of("credit.error.alreadyRepaired"));
        }
        LocalDate today = LocalDate.now(clock);
        PenaltyPeriod repaired = StoredPenaltyPeriods.period(jdbc, id).repairedOn(today);
        jdbc.sql("""
                        UPDATE credit_penalty SET repaired_at = now(), repaired_by = ?, repair_reason = ?, repair_granted_by = ?,
                          cf_gsjzq = ? WHERE id = ?""")
                .params(user.username(), reason, grantedBy, repaired.end(), id).update();
        audit.record(AuditAction.UPDATE, "credit-penalty", String.valueOf(id), StoredText.of("credit.audit.repair.granted", grantedBy, penalty.publicUntil(), repaired.end(), reason));
        return penalties.penalty(id);
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    record RepairCommand(@MaxLength(MaxLength.TEXT) String reason, @MaxLength(200) String grantedBy) {
    }
}
