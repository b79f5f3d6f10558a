package org.fagai.enterprise.internal;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.enterprise.EnterpriseFlag;
import org.fagai.organization.CurrentUser;
import org.fagai.reference.IndustryDirectory;
import org.fagai.reference.RegionDirectory;
import org.fagai.shared.BulkPlans;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.ExcelImport;
import org.fagai.shared.web.ExcelRow;
import org.fagai.shared.web.ExcelTemplate;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.ImportError;
import org.fagai.shared.web.ImportRejected;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * The registry's .xlsx import: all rows or none, each error by row and column in Chinese; a code met twice in the file
 * is merged into one enterprise (later non-blank cells win, flags of the same year add up), a registered code updated.
 */
@Service
class EnterpriseImport {

    static final String CODE = "统一社会信用代码";
    static final String NAME = "企业名称";
    static final String REGION = "所属地区代码";
    static final List<String> HEADERS = List.of(CODE, NAME, "法定代表人", REGION, "行业代码", "地址", "联系人", "联系电话",
            "企业规模", "主营业务收入（万元）", "收入年度", "标识", "标识年度");
    private static final Map<String, String> FIELD_HEADERS = Map.ofEntries(Map.entry("creditCode", CODE),
            Map.entry("name", NAME), Map.entry("legalRepresentative", "法定代表人"), Map.entry("regionCode", REGION),
            Map.entry("industryCode", "行业代码"), Map.entry("address", "地址"), Map.entry("contactPerson", "联系人"),
            Map.entry("contactPhone", "联系电话"), Map.entry("size", "企业规模"), Map.entry("revenue", "主营业务收入（万元）"),
            Map.entry("revenueYear", "收入年度"), Map.entry("flags", "标识"), Map.entry("flagYear", "标识年度"));

    record Result(int rows, int created, int updated, int merged) {
    }

    private final MessageText text;
    private final ExcelImport excel;
    private final TransactionTemplate transaction;
    private final EnterpriseAccess access;
    private final EnterpriseRules rules;
    private final EnterpriseStore store;
    private final Enterprises enterprises;
    private final RegionDirectory regions;
    private final IndustryDirectory industries;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    EnterpriseImport(ExcelImport excel, TransactionTemplate transaction, EnterpriseAccess access, EnterpriseRules rules,
                     EnterpriseStore store, Enterprises enterprises, RegionDirectory regions, IndustryDirectory industries,
                     AuditLog audit, JdbcClient jdbc, MessageText text) {
        this.text = text;
        this.excel = excel;
        this.transaction = transaction;
        this.access = access;
        this.rules = rules;
        this.store = store;
        this.enterprises = enterprises;
        this.regions = regions;
        this.industries = industries;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    Result importXlsx(MultipartFile file) {
        CurrentUser user = access.keeper();
        return excel.importFile(file, List.of(CODE, NAME, REGION), rows -> transaction.execute(s -> store(rows, user,
                file.getOriginalFilename())));
    }

    /** Checks every row, then stores all in a few set-based statements; the caller's transaction makes it all or none. */
    Result store(List<ExcelRow> rows, CurrentUser user, String fileName) {
        BulkPlans.reuseGenericPlans(jdbc);
        List<CleanEnterprise> all = check(rows, user);
        Set<String> known = store.existing(all.stream().map(CleanEnterprise::creditCode).toList());
        store.save(all);
        enterprises.announce(all, known);
        audit.record(AuditAction.IMPORT, Enterprises.AUDIT_TYPE, null, StoredText.of("enterprise.audit.enterprises.imported", all.size(), (all.size() - known.size()), known.size(), (rows.size() - all.size()), fileName));
        return new Result(rows.size(), all.size() - known.size(), known.size(), rows.size() - all.size());
    }

    /** Every row checked, rows of one code merged into one enterprise; any error rejects the file with every row's errors. */
    List<CleanEnterprise> check(List<ExcelRow> rows, CurrentUser user) {
        if (rows.isEmpty()) {
            throw ImportRejected.of(StoredText.of("enterprise.error.importEmpty"));
        }
        Set<String> knownRegions = regions.existing(rows.stream().map(r -> r.get(REGION)).distinct().toList());
        Map<String, Boolean> knownIndustries = new HashMap<>();
        List<ImportError> errors = new ArrayList<>();
        Map<String, CleanEnterprise> merged = new LinkedHashMap<>();
        for (ExcelRow row : rows) {
            EnterpriseCommand command = command(row, errors);
            if (command == null) {
                continue;
            }
            CleanEnterprise clean = rules.check(command, user, knownRegions::contains,
                    code -> knownIndustries.computeIfAbsent(code, c -> industries.find(c).isPresent()),
                    (field, message) -> errors.add(new ImportError(row.number(), FIELD_HEADERS.getOrDefault(field, field),
                            row.get(FIELD_HEADERS.getOrDefault(field, field)), message)));
            if (clean != null) {
                merged.merge(clean.creditCode(), clean, EnterpriseImport::merge);
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        return List.copyOf(merged.values());
    }

    private static EnterpriseCommand command(ExcelRow row, List<ImportError> errors) {
        BigDecimal revenue = null;
        String rawRevenue = row.get("主营业务收入（万元）").replace(",", "");
        int before = errors.size();
        if (!rawRevenue.isEmpty()) {
            try {
                revenue = new BigDecimal(rawRevenue);
            } catch (NumberFormatException e) {
                errors.add(new ImportError(row.number(), "主营业务收入（万元）", rawRevenue, StoredText.of("enterprise.error.importNumber")));
            }
        }
        Integer revenueYear = year(row, "收入年度", errors);
        Integer flagYear = year(row, "标识年度", errors);
        if (errors.size() != before) {
            return null;
        }
        return new EnterpriseCommand(row.get(CODE), row.get(NAME), row.get("法定代表人"), row.get(REGION), row.get("行业代码"),
                row.get("地址"), row.get("联系人"), row.get("联系电话"), row.get("企业规模"), revenue, revenueYear,
                row.get("标识"), flagYear);
    }

    private static Integer year(ExcelRow row, String header, List<ImportError> errors) {
        String raw = row.get(header);
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.replace("年", ""));
        } catch (NumberFormatException e) {
            errors.add(new ImportError(row.number(), header, raw, StoredText.of("enterprise.error.importYear")));
            return null;
        }
    }

    /** A later row of the same code: its non-blank cells win; flags of the same year add up. */
    private static CleanEnterprise merge(CleanEnterprise a, CleanEnterprise b) {
        Set<EnterpriseFlag> flags = EnumSet.noneOf(EnterpriseFlag.class);
        flags.addAll(b.flags());
        if (a.flagYear() == b.flagYear()) {
            flags.addAll(a.flags());
        }
        return new CleanEnterprise(b.creditCode(), b.name(), or(b.legalRepresentative(), a.legalRepresentative()),
                b.regionCode(), or(b.industryCode(), a.industryCode()), or(b.address(), a.address()),
                or(b.contactPerson(), a.contactPerson()), or(b.contactPhone(), a.contactPhone()), or(b.size(), a.size()),
                b.revenue() != null ? b.revenue() : a.revenue(), b.revenue() != null ? b.revenueYear() : a.revenueYear(),
                flags, b.flagYear());
    }

    private static <T> T or(T first, T second) {
        return first != null ? first : second;
    }

    /** The template's download name in the reader's language. */
    String templateFile() {
        return text.get("enterprise.template.file");
    }

    void template(OutputStream out) {
        List<ExcelTemplate.Column> columns = List.of(
                new ExcelTemplate.Column(CODE, text.get("enterprise.template.code")),
                new ExcelTemplate.Column(NAME, text.get("enterprise.template.required")),
                new ExcelTemplate.Column("法定代表人", text.get("enterprise.template.optional")),
                new ExcelTemplate.Column(REGION, text.get("enterprise.template.region")),
                new ExcelTemplate.Column("行业代码", text.get("enterprise.template.industry")),
                new ExcelTemplate.Column("地址", text.get("enterprise.template.optional")),
                new ExcelTemplate.Column("联系人", text.get("enterprise.template.optional")),
                new ExcelTemplate.Column("联系电话", text.get("enterprise.template.optional")),
                new ExcelTemplate.Column("企业规模", text.get("enterprise.template.optional"), List.of("大型", "中型", "小型", "微型")),
                new ExcelTemplate.Column("主营业务收入（万元）", text.get("enterprise.template.revenue")),
                new ExcelTemplate.Column("收入年度", text.get("enterprise.template.revenueYear")),
                new ExcelTemplate.Column("标识", text.get("enterprise.template.flags")),
                new ExcelTemplate.Column("标识年度", text.get("enterprise.template.flagYear")));
        ExcelTemplate.write(out, text.get("enterprise.template.sheet"), columns, List.of(List.of("91339902MA0000015J", "示范市东湖精密机械有限公司", "陈明",
                "339902001", "3484", "示范市东湖区湖滨街道工业路1号", "刘强", "0579-88000001", "中型", 12800, 2023,
                "高新技术企业、重点企业", 2024)));
    }
}
