package org.fagai.credit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.web.ExcelImport;
import org.fagai.shared.web.ExcelRow;
import org.fagai.shared.web.ImportError;
import org.fagai.shared.web.ImportRejected;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * 双公示 import in the national standard: a workbook whose header row is the standard's item codes (the export's own
 * layout, so an export of another system imports as it is). All or nothing: the rules by 行政相对人类别 and every
 * required item are checked on every row, and each problem comes back with its row, item and value.
 */
@Service
class DisclosureImport {

    private static final Map<String, String> LICENCE_FIELDS = Map.ofEntries(Map.entry("documentName", "XK_XKWS"),
            Map.entry("documentNumber", "XK_WSH"), Map.entry("category", "XK_XKLB"), Map.entry("certificateName", "XK_XKZS"),
            Map.entry("certificateNumber", "XK_XKBH"), Map.entry("content", "XK_NR"), Map.entry("decisionDate", "XK_JDRQ"),
            Map.entry("validFrom", "XK_YXQZ"), Map.entry("validTo", "XK_YXQZI"), Map.entry("authority", "XK_XKJG"),
            Map.entry("authorityCode", "XK_XKJGDM"), Map.entry("status", "XK_ZT"), Map.entry("source", "XK_LYDW"),
            Map.entry("sourceCode", "XK_LYDWDM"), Map.entry("remark", "BZ"));
    private static final Map<String, String> PENALTY_FIELDS = Map.ofEntries(Map.entry("documentNumber", "CF_WSH"),
            Map.entry("violationType", "CF_WFXW"), Map.entry("facts", "CF_SY"), Map.entry("basis", "CF_YJ"),
            Map.entry("penaltyType", "CF_CFLB"), Map.entry("content", "CF_NR"), Map.entry("fineWan", "CF_NR_FK"),
            Map.entry("confiscatedWan", "CF_NR_WFFF"), Map.entry("suspendedLicences", "CF_NR_ZKDX"),
            Map.entry("decisionDate", "CF_JDRQ"), Map.entry("effectiveUntil", "CF_YXQ"), Map.entry("authority", "CF_CFJG"),
            Map.entry("authorityCode", "CF_CFJGDM"), Map.entry("source", "CF_SJLY"), Map.entry("sourceCode", "CF_SJLYDM"),
            Map.entry("remark", "BZ"));

    private final ExcelImport excel;
    private final CreditAccess access;
    private final LicenceEntries licences;
    private final Penalties penalties;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    DisclosureImport(ExcelImport excel, CreditAccess access, LicenceEntries licences, Penalties penalties,
                     AuditLog audit, TransactionTemplate transaction) {
        this.excel = excel;
        this.access = access;
        this.licences = licences;
        this.penalties = penalties;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** Imports every row of the file or none; {@code type} LICENSE or PENALTY. */
    int importXlsx(String type, MultipartFile file) {
        boolean licence = new DisclosureQuery(type, null, null, null, null, 0, 1).licences();
        CurrentUser user = access.editor();
        // CF_GSJZQ is the platform's to compute (令第58号, PenaltyPeriod): an imported value is not read.
        List<String> required = licence ? DisclosureExport.LICENCE_HEADERS
                : DisclosureExport.PENALTY_HEADERS.stream().filter(h -> !h.equals("CF_GSJZQ")).toList();
        return excel.importFile(file, required, rows -> transaction.execute(status -> licence
                ? storeLicences(rows, user, file.getOriginalFilename())
                : storePenalties(rows, user, file.getOriginalFilename())));
    }

    private int storeLicences(List<ExcelRow> rows, CurrentUser user, String fileName) {
        List<ImportError> errors = new ArrayList<>();
        List<LicenceEntries.Clean> clean = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ExcelRow row : rows) {
            int before = errors.size();
            LicenceForm form = new LicenceForm(cell(row, "XK_XDR_LB"), cell(row, "XK_XDR_MC"), cell(row, "XK_XDR_SHXYM"),
                    cell(row, "XK_XDR_GSZC"), cell(row, "XK_XDR_ZZJG"), cell(row, "XK_XDR_SWDJ"), cell(row, "XK_XDR_SYDW"),
                    cell(row, "XK_XDR_SHZZ"), cell(row, "XK_FRDB"), cell(row, "XK_FR_ZJLX"), cell(row, "XK_FR_ZJHM"),
                    cell(row, "XK_XDR_ZJLX"), cell(row, "XK_XDR_ZJHM"), cell(row, "XK_XKWS"), cell(row, "XK_WSH"),
                    cell(row, "XK_XKLB"), cell(row, "XK_XKZS"), cell(row, "XK_XKBH"), cell(row, "XK_NR"),
                    date(row, "XK_JDRQ", errors), date(row, "XK_YXQZ", errors), date(row, "XK_YXQZI", errors),
                    cell(row, "XK_XKJG"), cell(row, "XK_XKJGDM"), cell(row, "XK_ZT"), cell(row, "XK_LYDW"),
                    cell(row, "XK_LYDWDM"), cell(row, "BZ"), null);
            LicenceEntries.Clean c = licences.validate(form, user, problems(row, errors, "XK", LICENCE_FIELDS));
            if (errors.size() == before) {
                if (!seen.add(c.form().documentNumber().strip())) {
                    errors.add(new ImportError(row.number(), "XK_WSH", c.form().documentNumber(), StoredText.of("credit.error.duplicateDocument")));
                } else {
                    clean.add(c);
                }
            }
        }
        finish(rows, errors);
        clean.forEach(c -> licences.store(c, user.username()));
        audit.record(AuditAction.IMPORT, "credit-licence", null, StoredText.of("credit.audit.licences.imported", clean.size(), fileName));
        return clean.size();
    }

    private int storePenalties(List<ExcelRow> rows, CurrentUser user, String fileName) {
        List<ImportError> errors = new ArrayList<>();
        List<Penalties.Clean> clean = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ExcelRow row : rows) {
            int before = errors.size();
            PenaltyForm form = new PenaltyForm(PenaltyCategory.GENERAL, cell(row, "CF_XDR_LB"), cell(row, "CF_XDR_MC"),
                    cell(row, "CF_XDR_SHXYM"), cell(row, "CF_XDR_GSZC"), cell(row, "CF_XDR_ZZJG"), cell(row, "CF_XDR_SWDJ"),
                    cell(row, "CF_XDR_SYDW"), cell(row, "CF_XDR_SHZZ"), cell(row, "CF_FRDB"), cell(row, "CF_FR_ZJLX"),
                    cell(row, "CF_FR_ZJHM"), cell(row, "CF_XDR_ZJLX"), cell(row, "CF_XDR_ZJHM"), cell(row, "CF_WSH"),
                    cell(row, "CF_WFXW"), cell(row, "CF_SY"), cell(row, "CF_YJ"), cell(row, "CF_CFLB"), cell(row, "CF_NR"),
                    amount(row, "CF_NR_FK", errors), amount(row, "CF_NR_WFFF", errors), cell(row, "CF_NR_ZKDX"),
                    date(row, "CF_JDRQ", errors), date(row, "CF_YXQ", errors), cell(row, "CF_CFJG"),
                    cell(row, "CF_CFJGDM"), cell(row, "CF_SJLY"), cell(row, "CF_SJLYDM"), cell(row, "BZ"), null, List.of());
            Penalties.Clean c = penalties.validate(form, user, problems(row, errors, "CF", PENALTY_FIELDS));
            if (errors.size() == before) {
                if (!seen.add(c.form().documentNumber().strip())) {
                    errors.add(new ImportError(row.number(), "CF_WSH", c.form().documentNumber(), StoredText.of("credit.error.duplicateDocument")));
                } else {
                    clean.add(c);
                }
            }
        }
        finish(rows, errors);
        clean.forEach(c -> penalties.store(c, user.username()));
        audit.record(AuditAction.IMPORT, "credit-penalty", null, StoredText.of("credit.audit.penalties.imported", clean.size(), fileName));
        return clean.size();
    }

    /** A problem of a form field, reported against the item's column with the row's value. */
    private static Party.Problems problems(ExcelRow row, List<ImportError> errors, String prefix, Map<String, String> fields) {
        return (field, item, message) -> {
            String column = Party.ITEMS.containsKey(field) ? Party.item(prefix, field) : fields.getOrDefault(field, item);
            errors.add(new ImportError(row.number(), column, cell(row, column), message));
        };
    }

    private static void finish(List<ExcelRow> rows, List<ImportError> errors) {
        if (rows.isEmpty()) {
            throw ImportRejected.of(StoredText.of("credit.error.noRows"));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
    }

    private static String cell(ExcelRow row, String header) {
        String v = row.get(header);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static LocalDate date(ExcelRow row, String header, List<ImportError> errors) {
        String text = cell(row, header);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            errors.add(new ImportError(row.number(), header, text, StoredText.of("credit.error.importDate", header)));
            return null;
        }
    }

    private static BigDecimal amount(ExcelRow row, String header, List<ImportError> errors) {
        String text = cell(row, header);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            errors.add(new ImportError(row.number(), header, text, StoredText.of("credit.error.importAmount", header)));
            return null;
        }
    }
}
