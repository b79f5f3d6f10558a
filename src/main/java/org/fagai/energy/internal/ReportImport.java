package org.fagai.energy.internal;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.energy.EnergyType;
import org.fagai.enterprise.EnterpriseRegistry;
import org.fagai.enterprise.EnterpriseView;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.CreditCode;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.ExcelImport;
import org.fagai.shared.web.ExcelRow;
import org.fagai.shared.web.ExcelTemplate;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.ImportError;
import org.fagai.shared.web.ImportRejected;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * The monthly reports' .xlsx import, one row per enterprise, month and energy type (rows of one enterprise-month make
 * one report): all rows or none, every error by row and column in Chinese; an enterprise-month already reported is
 * replaced. Checked by the same rules as a single report, converted and stored set-based.
 */
@Service
class ReportImport {

    static final String CODE = "统一社会信用代码";
    static final String MONTH = "月份";
    static final String TYPE = "能源品种";
    static final String AMOUNT = "消费量";
    static final String RAW = "其中原料用能";
    static final String NON_FOSSIL = "其中非化石能源";
    static final String OUTPUT = "工业总产值（万元）";
    static final List<String> REQUIRED = List.of(CODE, MONTH, TYPE, AMOUNT);

    record Result(int rows, int reports, int created, int replaced) {
    }

    private final MessageText text;
    private final ExcelImport excel;
    private final TransactionTemplate transaction;
    private final EnergyAccess access;
    private final EnterpriseRegistry registry;
    private final FactorStore factors;
    private final ReportStore store;
    private final AuditLog audit;
    private final Clock clock;

    ReportImport(ExcelImport excel, TransactionTemplate transaction, EnergyAccess access, EnterpriseRegistry registry,
                 FactorStore factors, ReportStore store, AuditLog audit, Clock clock, MessageText text) {
        this.text = text;
        this.excel = excel;
        this.transaction = transaction;
        this.access = access;
        this.registry = registry;
        this.factors = factors;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    Result importXlsx(MultipartFile file) {
        CurrentUser user = access.writer();
        return excel.importFile(file, REQUIRED, rows -> transaction.execute(s -> store(rows, user, file.getOriginalFilename())));
    }

    /** A group of rows that make one report, with the row each line came from. */
    private static final class Group {
        final List<ExcelRow> rows = new ArrayList<>();
        final List<ReportCommand.Line> items = new ArrayList<>();
        final List<ExcelRow> itemRows = new ArrayList<>();
        final List<ReportCommand.Line> raw = new ArrayList<>();
        final List<ExcelRow> rawRows = new ArrayList<>();
        final List<ReportCommand.Line> nonFossil = new ArrayList<>();
        final List<ExcelRow> nonFossilRows = new ArrayList<>();
        BigDecimal output;
    }

    /** Checks every row, then converts and stores all in a few statements; the caller's transaction makes it all or none. */
    Result store(List<ExcelRow> rows, CurrentUser user, String fileName) {
        if (rows.isEmpty()) {
            throw ImportRejected.of(StoredText.of("energy.error.importEmpty"));
        }
        List<ImportError> errors = new ArrayList<>();
        Map<String, Group> groups = new LinkedHashMap<>();
        List<String> codes = new ArrayList<>();
        for (ExcelRow row : rows) {
            Group group = groups.computeIfAbsent(CreditCode.check(row.get(CODE)).code() + "|" + row.get(MONTH).strip(), k -> new Group());
            if (group.rows.isEmpty()) {
                codes.add(CreditCode.check(row.get(CODE)).code());
            }
            group.rows.add(row);
            EnergyType type = EnergyType.parse(row.get(TYPE)).orElse(null);
            if (type == null) {
                errors.add(new ImportError(row.number(), TYPE, row.get(TYPE), StoredText.of("energy.error.importEnergyType", names())));
                continue;
            }
            BigDecimal amount = number(row, AMOUNT, true, errors);
            BigDecimal raw = number(row, RAW, false, errors);
            BigDecimal nonFossil = number(row, NON_FOSSIL, false, errors);
            BigDecimal output = number(row, OUTPUT, false, errors);
            if (amount != null) {
                group.items.add(new ReportCommand.Line(type, amount));
                group.itemRows.add(row);
            }
            if (raw != null && raw.signum() != 0) {
                group.raw.add(new ReportCommand.Line(type, raw));
                group.rawRows.add(row);
            }
            if (nonFossil != null && nonFossil.signum() != 0) {
                group.nonFossil.add(new ReportCommand.Line(type, nonFossil));
                group.nonFossilRows.add(row);
            }
            if (output != null) {
                if (group.output != null && group.output.compareTo(output) != 0) {
                    errors.add(new ImportError(row.number(), OUTPUT, row.get(OUTPUT), StoredText.of("energy.error.importOutputMismatch",
                            group.output.toPlainString())));
                }
                group.output = output;
            }
        }
        Map<String, EnterpriseView> enterprises = registry.findAll(codes);
        YearMonth latest = YearMonth.now(clock);
        List<ReportStore.Converted> converted = new ArrayList<>();
        Factors current = factors.current();
        for (Group group : groups.values()) {
            ExcelRow first = group.rows.get(0);
            ReportCommand command = new ReportCommand(first.get(CODE), first.get(MONTH), group.items, group.raw, group.nonFossil,
                    group.output);
            CleanReport clean = ReportInput.check(command, user, enterprises, latest, (field, message) -> errors.add(error(group, field, message)));
            if (clean != null) {
                converted.add(new ReportStore.Converted(clean, Conversion.convert(current, clean.month().getYear(), clean.items())));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Integer.compare(a.row(), b.row()));
            throw new ImportRejected(errors);
        }
        List<ReportStore.Saved> saved = store.save(converted, user.username());
        int created = (int) saved.stream().filter(ReportStore.Saved::created).count();
        audit.record(AuditAction.IMPORT, Reports.AUDIT_TYPE, null, StoredText.of("energy.audit.reports.imported", saved.size(), created, (saved.size() - created), rows.size(), fileName));
        return new Result(rows.size(), saved.size(), created, saved.size() - created);
    }

    /** An error of the report check, placed on the row and column it came from. */
    private static ImportError error(Group group, String field, String message) {
        ExcelRow row = group.rows.get(0);
        String column = CODE;
        if (field.startsWith("month")) {
            column = MONTH;
        } else if (field.startsWith("outputValue")) {
            column = OUTPUT;
        } else if (field.startsWith("items")) {
            row = pick(group.itemRows, field, row);
            column = field.endsWith(".type") ? TYPE : AMOUNT;
        } else if (field.startsWith("rawMaterial")) {
            row = pick(group.rawRows, field, row);
            column = RAW;
        } else if (field.startsWith("nonFossil")) {
            row = pick(group.nonFossilRows, field, row);
            column = NON_FOSSIL;
        }
        return new ImportError(row.number(), column, row.get(column), message);
    }

    private static ExcelRow pick(List<ExcelRow> rows, String field, ExcelRow fallback) {
        int open = field.indexOf('[');
        if (open < 0) {
            return fallback;
        }
        int index = Integer.parseInt(field.substring(open + 1, field.indexOf(']')));
        return index < rows.size() ? rows.get(index) : fallback;
    }

    private static BigDecimal number(ExcelRow row, String column, boolean required, List<ImportError> errors) {
        String text = row.get(column).replace(",", "");
        if (text.isEmpty()) {
            if (required) {
                errors.add(new ImportError(row.number(), column, "", StoredText.of("energy.error.importRequired", column)));
            }
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.add(new ImportError(row.number(), column, text, StoredText.of("energy.error.importNumber", column)));
            return null;
        }
    }

    /** The Chinese values the import takes, listed as the reader lists things. */
    private static String names() {
        return StoredText.list("shared.listSeparator", Arrays.stream(EnergyType.values()).map(EnergyType::chinese).toList());
    }

    /** The template's download name in the reader's language. */
    String templateFile() {
        return text.get("energy.template.file");
    }

    void template(OutputStream out) {
        List<String> typeNames = Arrays.stream(EnergyType.values()).map(EnergyType::chinese).toList();
        StringBuilder units = new StringBuilder();
        for (EnergyType t : EnergyType.values()) {
            units.append(units.isEmpty() ? "" : text.get("energy.template.unitSeparator")).append(text.get("energy.template.unit",
                    t.chinese(), text.get("energy.type." + t.name()), text.get("energy.unit." + t.name()), t.unit()));
        }
        ExcelTemplate.write(out, text.get("energy.template.sheet"), List.of(
                new ExcelTemplate.Column(CODE, text.get("energy.template.code")),
                new ExcelTemplate.Column(MONTH, text.get("energy.template.month")),
                new ExcelTemplate.Column(TYPE, text.get("energy.template.type"), typeNames),
                new ExcelTemplate.Column(AMOUNT, text.get("energy.template.amount", units.toString())),
                new ExcelTemplate.Column(RAW, text.get("energy.template.raw")),
                new ExcelTemplate.Column(NON_FOSSIL, text.get("energy.template.nonFossil")),
                new ExcelTemplate.Column(OUTPUT, text.get("energy.template.output"))),
                List.of(List.of("91339902MA0000015J", "2024-03", "原煤", 1000, 200, "", 5600),
                        List.of("91339902MA0000015J", "2024-03", "电力", 500, "", 50, 5600)));
    }

    static Map<String, Object> resultJson(Result r) {
        Map<String, Object> body = new HashMap<>();
        body.put("rows", r.rows());
        body.put("reports", r.reports());
        body.put("created", r.created());
        body.put("replaced", r.replaced());
        return body;
    }
}
