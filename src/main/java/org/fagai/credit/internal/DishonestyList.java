package org.fagai.credit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.credit.CreditCheckResult;
import org.fagai.credit.CreditChecks;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.Commands;
import org.fagai.shared.CreditCode;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.web.ExcelImport;
import org.fagai.shared.web.ExcelRow;
import org.fagai.shared.web.ImportError;
import org.fagai.shared.web.ImportRejected;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/** 失信联合惩戒对象名单: entries, all-or-nothing import, removal (信用修复), and the credit check against it. */
@Service
class DishonestyList implements CreditChecks {

    static final List<String> IMPORT_HEADERS = List.of("主体名称", "统一社会信用代码", "名单类型", "列入事由", "认定文书",
            "有效期自", "有效期至");

    private static final String IN_FORCE = "removed_at IS NULL AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CreditAccess access;
    private final Clock clock;
    private final ExcelImport excel;
    private final TransactionTemplate transaction;

    DishonestyList(JdbcClient jdbc, AuditLog audit, CreditAccess access, Clock clock, ExcelImport excel,
                   TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
        this.excel = excel;
        this.transaction = transaction;
    }

    @Override
    @Transactional(readOnly = true)
    public CreditCheckResult check(String creditCode) {
        String code = CreditCode.of(creditCode).value();
        LocalDate today = LocalDate.now(clock);
        List<String> hits = jdbc.sql("SELECT list_type || '（' || source_document || '）' FROM credit_blacklist WHERE credit_code = ? AND "
                        + IN_FORCE + " ORDER BY valid_from")
                .params(code, today, today).query(String.class).list();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        return hits.isEmpty() ? new CreditCheckResult(code, false, CreditCheckResult.notListedDetail(), now)
                : new CreditCheckResult(code, true, CreditCheckResult.listedDetail(hits), now);
    }

    /** status: IN_FORCE, REMOVED, or null for all. */
    @Transactional(readOnly = true)
    ListPage<BlacklistEntryView> search(String keyword, String status, int page, int size) {
        access.reader();
        LocalDate today = LocalDate.now(clock);
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> params = new ArrayList<>();
        if (keyword != null && !keyword.isBlank()) {
            where.append(" AND (entity_name LIKE ? OR credit_code = ?)");
            params.add("%" + keyword.strip() + "%");
            params.add(keyword.strip().toUpperCase());
        }
        if ("IN_FORCE".equals(status)) {
            where.append(" AND ").append(IN_FORCE);
            params.add(today);
            params.add(today);
        } else if ("REMOVED".equals(status)) {
            where.append(" AND removed_at IS NOT NULL");
        }
        long total = jdbc.sql("SELECT count(*) FROM credit_blacklist" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<BlacklistEntryView> items = jdbc.sql("SELECT * FROM credit_blacklist" + where + " ORDER BY valid_from DESC, id DESC LIMIT ? OFFSET ?")
                .params(pageParams).query((rs, i) -> view(rs, today)).list();
        return new ListPage<>(items, total, page, size);
    }

    @Transactional
    long add(BlacklistForm form) {
        CurrentUser user = access.listKeeper();
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        BlacklistForm clean = validate(form, (field, message) -> errors.add(new FieldErrors.FieldError(field, message)));
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        long id = insert(clean, user.username());
        audit.record(AuditAction.CREATE, "credit-blacklist", String.valueOf(id),
                StoredText.of("credit.audit.blacklist.listed", clean.entityName(), clean.creditCode(), clean.listType()));
        return id;
    }

    /**
     * Imports every row or none: a file with any bad row is refused with each error by row and column. The file is
     * read within an import slot, outside the transaction, so no connection is held while it waits or is checked.
     */
    int importXlsx(MultipartFile file) {
        CurrentUser user = access.listKeeper();
        return excel.importFile(file, IMPORT_HEADERS,
                rows -> transaction.execute(status -> store(rows, user, file.getOriginalFilename())));
    }

    private int store(List<ExcelRow> rows, CurrentUser user, String fileName) {
        List<ImportError> errors = new ArrayList<>();
        List<BlacklistForm> forms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ExcelRow row : rows) {
            int before = errors.size();
            LocalDate from = parseDate(row, "有效期自", errors);
            LocalDate to = parseDate(row, "有效期至", errors);
            BlacklistForm form = new BlacklistForm(row.get("主体名称"), row.get("统一社会信用代码"), row.get("名单类型"),
                    row.get("列入事由"), row.get("认定文书"), from, to);
            BlacklistForm clean = validate(form, (field, message) -> errors.add(
                    new ImportError(row.number(), headerOf(field), valueOf(row, field), message)));
            if (errors.size() == before) {
                if (!seen.add(clean.creditCode() + "|" + clean.listType())) {
                    errors.add(new ImportError(row.number(), "统一社会信用代码", clean.creditCode(), StoredText.of("credit.error.duplicateListing")));
                } else {
                    forms.add(clean);
                }
            }
        }
        if (rows.isEmpty()) {
            throw ImportRejected.of(StoredText.of("credit.error.noRows"));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        for (BlacklistForm form : forms) {
            insert(form, user.username());
        }
        audit.record(AuditAction.IMPORT, "credit-blacklist", null, StoredText.of("credit.audit.blacklist.imported", forms.size(), fileName));
        return forms.size();
    }

    /** 信用修复: the entry leaves the list in force; the row and the reason stay. */
    @Transactional
    void remove(long id, String reason) {
        CurrentUser user = access.listKeeper();
        if (reason == null || reason.isBlank()) {
            throw FieldErrors.of("reason", StoredText.of("credit.error.removalReasonRequired"));
        }
        BlacklistEntryView entry = find(id);
        if (entry.removedAt() != null) {
            throw FieldErrors.of("id", StoredText.of("credit.error.alreadyRemoved", entry.removedAt().toLocalDate()));
        }
        jdbc.sql("UPDATE credit_blacklist SET removed_at = now(), removed_by = ?, removal_reason = ? WHERE id = ?")
                .params(user.username(), reason.strip(), id).update();
        audit.record(AuditAction.UPDATE, "credit-blacklist", String.valueOf(id),
                StoredText.of("credit.audit.blacklist.removed", entry.entityName(), entry.creditCode(), reason.strip()));
    }

    @Transactional(readOnly = true)
    BlacklistEntryView find(long id) {
        access.reader();
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("SELECT * FROM credit_blacklist WHERE id = ?").param(id).query((rs, i) -> view(rs, today))
                .optional().orElseThrow(() -> new NotFoundException(StoredText.of("credit.error.listingMissing", id)));
    }

    long insert(BlacklistForm f, String by) {
        return jdbc.sql("""
                        INSERT INTO credit_blacklist (entity_name, credit_code, list_type, reason, source_document, valid_from, valid_to, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(f.entityName(), f.creditCode(), f.listType(), f.reason(), f.sourceDocument(), f.validFrom(),
                        f.validTo(), by)
                .query(Long.class).single();
    }

    interface Problems {
        void add(String field, String message);
    }

    /** Checks and trims a form; reports each problem; returns the cleaned form (meaningful only without problems). */
    static BlacklistForm validate(BlacklistForm f, Problems problems) {
        Commands.violations(f).forEach(e -> problems.add(e.field(), e.message()));
        String name = trim(f.entityName());
        if (name.isEmpty()) {
            problems.add("entityName", StoredText.of("credit.error.entityNameRequired"));
        } else if (name.length() > 200) {
            problems.add("entityName", StoredText.of("credit.error.entityNameTooLong"));
        }
        CreditCode.Check check = CreditCode.check(f.creditCode());
        if (!check.valid()) {
            problems.add("creditCode", StoredText.of("credit.error.creditCodeInvalid", check.reason()));
        }
        String type = trim(f.listType());
        if (type.isEmpty()) {
            problems.add("listType", StoredText.of("credit.error.listTypeRequired"));
        }
        if (trim(f.reason()).isEmpty()) {
            problems.add("reason", StoredText.of("credit.error.listingReasonRequired"));
        }
        if (trim(f.sourceDocument()).isEmpty()) {
            problems.add("sourceDocument", StoredText.of("credit.error.sourceDocumentRequired"));
        }
        if (f.validFrom() == null) {
            problems.add("validFrom", StoredText.of("credit.error.validFromRequiredFormat"));
        } else if (f.validTo() != null && f.validTo().isBefore(f.validFrom())) {
            problems.add("validTo", StoredText.of("credit.error.validToBeforeFrom"));
        }
        return new BlacklistForm(name, check.code(), type, trim(f.reason()), trim(f.sourceDocument()), f.validFrom(), f.validTo());
    }

    private static LocalDate parseDate(ExcelRow row, String header, List<ImportError> errors) {
        String text = row.get(header);
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            errors.add(new ImportError(row.number(), header, text, StoredText.of("credit.error.dateFormat")));
            return header.equals("有效期自") ? LocalDate.MIN : null;
        }
    }

    private static String headerOf(String field) {
        return switch (field) {
            case "entityName" -> "主体名称";
            case "creditCode" -> "统一社会信用代码";
            case "listType" -> "名单类型";
            case "reason" -> "列入事由";
            case "sourceDocument" -> "认定文书";
            case "validFrom" -> "有效期自";
            default -> "有效期至";
        };
    }

    private static String valueOf(ExcelRow row, String field) {
        return row.get(headerOf(field));
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    private static BlacklistEntryView view(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate from = rs.getObject("valid_from", LocalDate.class);
        LocalDate to = rs.getObject("valid_to", LocalDate.class);
        OffsetDateTime removed = rs.getObject("removed_at", OffsetDateTime.class);
        boolean inForce = removed == null && !from.isAfter(today) && (to == null || !to.isBefore(today));
        return new BlacklistEntryView(rs.getLong("id"), rs.getString("entity_name"), rs.getString("credit_code"),
                rs.getString("list_type"), rs.getString("reason"), rs.getString("source_document"), from, to, inForce,
                removed == null ? null : removed.atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime(),
                rs.getString("removed_by"), rs.getString("removal_reason"));
    }
}
