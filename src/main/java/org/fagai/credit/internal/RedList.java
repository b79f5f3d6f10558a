package org.fagai.credit.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.credit.CreditIncentives;
import org.fagai.credit.Incentive;
import org.fagai.credit.RedListStatus;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.Commands;
import org.fagai.shared.CreditCode;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.StoredText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 守信激励对象 / 诚信典型: the red list beside the dishonesty list. An entry has a source, a period and incentives. The
 * two lists exclude each other (联合奖惩): a subject on the dishonesty list in force is not put on the red list, and its
 * red-list entries bring nothing while it stays there.
 */
@Service
class RedList implements CreditIncentives {

    private static final String IN_FORCE = "removed_at IS NULL AND valid_from <= ? AND valid_to >= ?";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CreditAccess access;
    private final DishonestyList dishonesty;
    private final Clock clock;

    RedList(JdbcClient jdbc, AuditLog audit, CreditAccess access, DishonestyList dishonesty, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.dishonesty = dishonesty;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public RedListStatus redListStatus(String creditCode) {
        String code = CreditCode.of(creditCode).value();
        LocalDate today = LocalDate.now(clock);
        List<RedListEntryView> entries = jdbc.sql("SELECT * FROM credit_red_list WHERE credit_code = ? AND " + IN_FORCE
                        + " ORDER BY valid_from").params(code, today, today).query((rs, i) -> view(rs, today)).list();
        if (entries.isEmpty()) {
            return new RedListStatus(code, false, StoredText.of("credit.redList.detail.notListed"), null, List.of());
        }
        if (dishonesty.check(code).listed()) {
            return new RedListStatus(code, false, StoredText.of("credit.redList.detail.suspended"), null, List.of());
        }
        Set<Incentive> incentives = EnumSet.noneOf(Incentive.class);
        entries.forEach(e -> incentives.addAll(e.incentives()));
        LocalDate until = entries.stream().map(RedListEntryView::validTo).max(LocalDate::compareTo).orElseThrow();
        String detail = StoredText.of("credit.redList.detail.listed", StoredText.list("shared.reasonSeparator", entries.stream()
                .map(e -> StoredText.of("credit.redList.detail.entry", e.source(), e.sourceDocument(), e.validTo())).toList()));
        return new RedListStatus(code, true, detail, until, List.copyOf(incentives));
    }

    @Transactional
    long add(RedListForm form) {
        CurrentUser user = access.listKeeper();
        List<FieldErrors.FieldError> errors = new ArrayList<>(Commands.violations(form));
        String name = text(form.entityName());
        if (name == null) {
            errors.add(new FieldErrors.FieldError("entityName", StoredText.of("credit.error.entityNameRequired")));
        }
        CreditCode.Check check = CreditCode.check(form.creditCode());
        if (!check.valid()) {
            errors.add(new FieldErrors.FieldError("creditCode", StoredText.of("credit.error.creditCodeInvalid", check.reason())));
        } else if (dishonesty.check(check.code()).listed()) {
            errors.add(new FieldErrors.FieldError("creditCode", StoredText.of("credit.error.listedNotRed")));
        }
        if (text(form.source()) == null) {
            errors.add(new FieldErrors.FieldError("source", StoredText.of("credit.error.redSourceRequired")));
        }
        if (text(form.sourceDocument()) == null) {
            errors.add(new FieldErrors.FieldError("sourceDocument", StoredText.of("credit.error.sourceDocumentRequired")));
        }
        if (form.incentives() == null || form.incentives().isEmpty() || form.incentives().contains(null)) {
            errors.add(new FieldErrors.FieldError("incentives", StoredText.of("credit.error.incentivesRequired")));
        }
        if (form.validFrom() == null) {
            errors.add(new FieldErrors.FieldError("validFrom", StoredText.of("credit.error.validFromRequired")));
        }
        if (form.validTo() == null) {
            errors.add(new FieldErrors.FieldError("validTo", StoredText.of("credit.error.validToRequired")));
        } else if (form.validFrom() != null && form.validTo().isBefore(form.validFrom())) {
            errors.add(new FieldErrors.FieldError("validTo", StoredText.of("credit.error.validToBeforeFrom")));
        } else if (form.validFrom() != null && form.validTo().isAfter(form.validFrom().plusYears(5))) {
            errors.add(new FieldErrors.FieldError("validTo", StoredText.of("credit.error.redTooLong")));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        String[] incentives = form.incentives().stream().distinct().map(Enum::name).toArray(String[]::new);
        long id = insert(name, check.code(), text(form.source()), text(form.sourceDocument()), incentives, form.validFrom(),
                form.validTo(), user.username());
        audit.record(AuditAction.CREATE, "credit-red-list", String.valueOf(id), StoredText.of("credit.audit.redList.listed", name, check.code(), text(form.source()), form.validFrom(), form.validTo()));
        return id;
    }

    long insert(String name, String code, String source, String document, String[] incentives, LocalDate from,
                LocalDate to, String by) {
        return jdbc.sql("""
                        INSERT INTO credit_red_list (entity_name, credit_code, source, source_document, incentives, valid_from,
                          valid_to, created_by) VALUES (?, ?, ?, ?, ?::varchar[], ?, ?, ?) RETURNING id""")
                .params(name, code, source, document, incentives, from, to, by).query(Long.class).single();
    }

    @Transactional
    void remove(long id, String reason) {
        CurrentUser user = access.listKeeper();
        if (text(reason) == null) {
            throw FieldErrors.of("reason", StoredText.of("credit.error.redRemovalReasonRequired"));
        }
        RedListEntryView entry = find(id);
        if (entry.removedAt() != null) {
            throw FieldErrors.of("id", StoredText.of("credit.error.redAlreadyRemoved"));
        }
        jdbc.sql("UPDATE credit_red_list SET removed_at = now(), removed_by = ?, removal_reason = ? WHERE id = ?")
                .params(user.username(), reason.strip(), id).update();
        audit.record(AuditAction.UPDATE, "credit-red-list", String.valueOf(id), StoredText.of("credit.audit.redList.removed", entry.entityName(), reason.strip()));
    }

    @Transactional(readOnly = true)
    RedListEntryView find(long id) {
        access.reader();
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("SELECT * FROM credit_red_list WHERE id = ?").param(id).query((rs, i) -> view(rs, today)).optional()
                .orElseThrow(() -> new NotFoundException(StoredText.of("credit.error.redMissing", id)));
    }

    /** inForce: true for the entries in force today, false for the others, null for all. */
    @Transactional(readOnly = true)
    ListPage<RedListEntryView> search(String keyword, Boolean inForce, int page, int size) {
        access.reader();
        LocalDate today = LocalDate.now(clock);
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> params = new ArrayList<>();
        if (text(keyword) != null) {
            where.append(" AND (entity_name LIKE ? OR credit_code = ?)");
            params.add("%" + keyword.strip() + "%");
            params.add(keyword.strip().toUpperCase());
        }
        if (inForce != null) {
            where.append(inForce ? " AND " : " AND NOT ").append("(").append(IN_FORCE).append(")");
            params.add(today);
            params.add(today);
        }
        long total = jdbc.sql("SELECT count(*) FROM credit_red_list" + where).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(size);
        paged.add((long) page * size);
        List<RedListEntryView> items = jdbc.sql("SELECT * FROM credit_red_list" + where
                        + " ORDER BY valid_from DESC, id DESC LIMIT ? OFFSET ?")
                .params(paged).query((rs, i) -> view(rs, today)).list();
        return new ListPage<>(items, total, page, size);
    }

    private static RedListEntryView view(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate from = rs.getObject("valid_from", LocalDate.class);
        LocalDate to = rs.getObject("valid_to", LocalDate.class);
        OffsetDateTime removed = rs.getObject("removed_at", OffsetDateTime.class);
        Array array = rs.getArray("incentives");
        List<Incentive> incentives = Arrays.stream((Object[]) array.getArray()).map(o -> Incentive.valueOf((String) o)).toList();
        return new RedListEntryView(rs.getLong("id"), rs.getString("entity_name"), rs.getString("credit_code"),
                rs.getString("source"), rs.getString("source_document"), incentives, from, to,
                removed == null && !from.isAfter(today) && !to.isBefore(today), ChinaTime.zoned(removed),
                rs.getString("removed_by"), rs.getString("removal_reason"));
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
