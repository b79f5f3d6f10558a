package org.fagai.planning.internal.price;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.fagai.planning.internal.Checks;
import org.fagai.planning.internal.PlanningAccess;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.web.ExcelImport;
import org.fagai.shared.web.ExcelRow;
import org.fagai.shared.web.ExcelTemplate;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.ImportError;
import org.fagai.shared.web.ImportRejected;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/** The price import (.xlsx through the shared upload guard): every row stored, or none and every bad row named. */
@Service
class PriceImport {

    static final String DATE = "采价日期";
    static final String POINT = "监测点编码";
    static final String GOOD = "商品编码";
    static final String PRICE = "价格（元）";
    static final List<String> HEADERS = List.of(DATE, POINT, GOOD, PRICE);

    private final MessageText text;
    private final ExcelImport excel;
    private final PriceStore store;
    private final PriceMonitoring monitoring;
    private final PlanningAccess access;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    PriceImport(ExcelImport excel, PriceStore store, PriceMonitoring monitoring, PlanningAccess access, AuditLog audit,
                TransactionTemplate transactions, MessageText text) {
        this.text = text;
        this.excel = excel;
        this.store = store;
        this.monitoring = monitoring;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
    }

    int importFile(MultipartFile file) {
        CurrentUser user = access.reader();
        return excel.importFile(file, HEADERS, rows -> transactions.execute(status -> store(rows, user)));
    }

    private record Row(LocalDate date, Point point, Good good, BigDecimal price) {
    }

    private int store(List<ExcelRow> rows, CurrentUser user) {
        if (rows.isEmpty()) {
            throw ImportRejected.of(StoredText.of("planning.error.import.noRows"));
        }
        Map<String, Point> points = store.points().stream().collect(Collectors.toMap(Point::code, Function.identity()));
        Map<String, Good> goods = store.goods().stream().collect(Collectors.toMap(Good::code, Function.identity()));
        List<ImportError> errors = new ArrayList<>();
        List<Row> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        LocalDate today = monitoring.today();
        for (ExcelRow r : rows) {
            int before = errors.size();
            LocalDate date = date(r, errors, today);
            Point point = points.get(r.get(POINT));
            if (point == null || !point.enabled()) {
                errors.add(new ImportError(r.number(), POINT, r.get(POINT), StoredText.of("planning.error.import.point")));
            } else if (!access.mayWrite(user, point.regionCode())) {
                errors.add(new ImportError(r.number(), POINT, r.get(POINT), StoredText.of("planning.error.import.pointDenied", point.name())));
            }
            Good good = goods.get(r.get(GOOD));
            if (good == null || !good.enabled()) {
                errors.add(new ImportError(r.number(), GOOD, r.get(GOOD), StoredText.of("planning.error.import.good")));
            }
            BigDecimal price = price(r, errors, good);
            if (errors.size() == before && !seen.add(date + "|" + point.code() + "|" + good.code())) {
                errors.add(new ImportError(r.number(), GOOD, r.get(GOOD), StoredText.of("planning.error.import.duplicatePrice")));
            }
            if (errors.size() == before) {
                valid.add(new Row(date, point, good, price));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        Map<String, Set<Integer>> touched = new LinkedHashMap<>();
        for (Row row : valid) {
            store.upsert(row.good().id(), row.point().id(), row.date(), row.price(), user.username());
            touched.computeIfAbsent(row.date() + "|" + row.point().regionCode(), k -> new LinkedHashSet<>()).add(row.good().id());
        }
        touched.forEach((key, ids) -> {
            String[] parts = key.split("\\|");
            store.refreshDaily(List.copyOf(ids), LocalDate.parse(parts[0]), parts[1]);
        });
        audit.record(AuditAction.IMPORT, PriceCollections.AUDIT_TYPE, "import", StoredText.of("planning.audit.price.imported", valid.size()));
        return valid.size();
    }

    private static LocalDate date(ExcelRow r, List<ImportError> errors, LocalDate today) {
        String text = r.get(DATE);
        try {
            LocalDate date = LocalDate.parse(text.replace('/', '-'));
            if (date.isAfter(today) || date.isBefore(today.minusYears(10))) {
                errors.add(new ImportError(r.number(), DATE, text, StoredText.of("planning.error.import.dateRange")));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new ImportError(r.number(), DATE, text, StoredText.of("planning.error.import.dateFormat")));
            return null;
        }
    }

    private static BigDecimal price(ExcelRow r, List<ImportError> errors, Good good) {
        String text = r.get(PRICE);
        try {
            BigDecimal price = new BigDecimal(text.replace(",", ""));
            Checks checks = Checks.start();
            PriceCollections.price(checks, PRICE, price, good == null ? StoredText.label("planning.field.good") : good.name());
            try {
                checks.throwIfAny();
            } catch (FieldErrors e) {
                errors.add(new ImportError(r.number(), PRICE, text, e.getMessage()));
                return null;
            }
            return price;
        } catch (NumberFormatException e) {
            errors.add(new ImportError(r.number(), PRICE, text, StoredText.of("planning.error.import.price")));
            return null;
        }
    }

    /** The template's download name in the reader's language. */
    String templateFile() {
        return text.get("planning.template.price.file");
    }

    void template(OutputStream out) {
        access.reader();
        ExcelTemplate.write(out, text.get("planning.template.price.sheet"), List.of(
                new ExcelTemplate.Column(DATE, text.get("planning.template.price.date")),
                new ExcelTemplate.Column(POINT, text.get("planning.template.price.point"), store.points().stream().map(Point::code).toList()),
                new ExcelTemplate.Column(GOOD, text.get("planning.template.price.good"), store.goods().stream().map(Good::code).toList()),
                new ExcelTemplate.Column(PRICE, text.get("planning.template.price.price"))), List.of());
    }
}
