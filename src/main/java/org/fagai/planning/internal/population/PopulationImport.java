package org.fagai.planning.internal.population;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.fagai.planning.internal.PlanningAccess;
import org.fagai.shared.Years;
import org.fagai.shared.web.ExcelImport;
import org.fagai.shared.web.ExcelRow;
import org.fagai.shared.web.ExcelTemplate;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.ImportError;
import org.fagai.shared.web.ImportRejected;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/** The towns' resident population imported from .xlsx through the upload guard: every row stored, or none. */
@Service
class PopulationImport {

    static final String TOWN = "乡镇街道代码";
    static final String YEAR = "年份";
    static final String QUARTER = "季度";
    static final String VALUE = "常住人口（人）";
    static final List<String> HEADERS = List.of(TOWN, YEAR, QUARTER, VALUE);

    private final MessageText text;
    private final ExcelImport excel;
    private final Population population;
    private final PopulationStore store;
    private final PlanningAccess access;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    PopulationImport(ExcelImport excel, Population population, PopulationStore store, PlanningAccess access, AuditLog audit,
                     TransactionTemplate transactions, MessageText text) {
        this.text = text;
        this.excel = excel;
        this.population = population;
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
    }

    int importFile(MultipartFile file) {
        CurrentUser user = access.reader();
        return excel.importFile(file, HEADERS, rows -> transactions.execute(status -> store(rows, user)));
    }

    private record Row(String town, int year, int quarter, long value) {
    }

    private int store(List<ExcelRow> rows, CurrentUser user) {
        if (rows.isEmpty()) {
            throw ImportRejected.of(StoredText.of("planning.error.import.noRows"));
        }
        List<ImportError> errors = new ArrayList<>();
        List<Row> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ExcelRow r : rows) {
            int before = errors.size();
            String town = r.get(TOWN);
            if (!population.isTown(town)) {
                errors.add(new ImportError(r.number(), TOWN, town, StoredText.of("planning.error.import.town")));
            } else if (!access.mayWrite(user, town)) {
                errors.add(new ImportError(r.number(), TOWN, town, StoredText.of("planning.error.import.townDenied")));
            }
            Integer year = integer(r, YEAR, errors);
            if (year != null && !Years.contains(year)) {
                errors.add(new ImportError(r.number(), YEAR, r.get(YEAR), StoredText.of("planning.error.import.year", Years.RANGE)));
            }
            Integer quarter = integer(r, QUARTER, errors);
            if (quarter != null && (quarter < 0 || quarter > 4)) {
                errors.add(new ImportError(r.number(), QUARTER, r.get(QUARTER), StoredText.of("planning.error.import.quarter")));
            }
            Integer value = integer(r, VALUE, errors);
            if (value != null && value < 0) {
                errors.add(new ImportError(r.number(), VALUE, r.get(VALUE), StoredText.of("planning.error.import.negative")));
            }
            if (errors.size() == before && !seen.add(town + "|" + year + "|" + quarter)) {
                errors.add(new ImportError(r.number(), TOWN, town, StoredText.of("planning.error.import.duplicateTown")));
            }
            if (errors.size() == before) {
                valid.add(new Row(town, year, quarter, value));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        valid.forEach(v -> store.saveActual(v.town(), v.year(), v.quarter(), v.value(), user.username()));
        audit.record(AuditAction.IMPORT, "population_actual", "import", StoredText.of("planning.audit.population.imported", valid.size()));
        return valid.size();
    }

    private static Integer integer(ExcelRow r, String column, List<ImportError> errors) {
        String text = r.get(column).replace(",", "");
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            errors.add(new ImportError(r.number(), column, r.get(column), StoredText.of("planning.error.import.integer")));
            return null;
        }
    }

    /** The template's download name in the reader's language. */
    String templateFile() {
        return text.get("planning.template.population.file");
    }

    void template(OutputStream out) {
        access.reader();
        ExcelTemplate.write(out, text.get("planning.template.population.sheet"), List.of(
                new ExcelTemplate.Column(TOWN, text.get("planning.template.population.town")),
                new ExcelTemplate.Column(YEAR, text.get("planning.template.population.year")),
                new ExcelTemplate.Column(QUARTER, text.get("planning.template.population.quarter")),
                new ExcelTemplate.Column(VALUE, text.get("planning.template.population.value"))), List.of());
    }
}
