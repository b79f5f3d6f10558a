package org.fagai.credit.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.credit.LicenceDisclosures;
import org.fagai.credit.LicenceRecord;
import org.fagai.credit.LicenceSummary;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.Commands;
import org.fagai.shared.CreditCode;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.RegionCode;
import org.fagai.shared.WorkCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 双公示 records: licences from approval decisions, penalties recorded by staff; publication and search. */
@Service
class Disclosures implements LicenceDisclosures {

    static final Set<String> LICENCE_CATEGORIES = Set.of("普通", "特许", "认可", "核准", "登记", "其他");
    static final String VALID = "1";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CreditAccess access;
    private final WorkingCalendar calendar;
    private final CreditAuthority authority;
    private final PublicationTermBook terms;
    private final Clock clock;

    Disclosures(JdbcClient jdbc, AuditLog audit, CreditAccess access, WorkingCalendar calendar,
                CreditAuthority authority, PublicationTermBook terms, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.calendar = calendar;
        this.authority = authority;
        this.terms = terms;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long record(LicenceRecord r) {
        if (!LICENCE_CATEGORIES.contains(r.category())) {
            throw new IllegalArgumentException("许可类别应为 普通/特许/认可/核准/登记/其他：" + r.category());
        }
        String code = CreditCode.of(r.holderCreditCode()).value();
        LocalDate due = PublicationFlag.dueDate(r.decisionDate(), calendar.current());
        long id = jdbc.sql("""
                        INSERT INTO credit_licence (application_id, region_code, xk_xdr_mc, xk_xdr_shxym, xk_xkws, xk_wsh,
                          xk_xklb, xk_nr, xk_jdrq, xk_yxqz, xk_yxqzi, xk_xkjg, xk_xkjgdm, xk_zt, xk_lydw, xk_lydwdm, due_date)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(r.applicationId(), r.regionCode(), r.holderName(), code, r.documentName(), r.documentNumber(),
                        r.category(), r.content(), r.decisionDate(), r.validFrom(), r.validTo(), authority.name(),
                        authority.code(), VALID, authority.name(), authority.code(), due)
                .query(Long.class).single();
        audit.record(AuditAction.CREATE, "credit-licence", String.valueOf(id),
                "行政许可双公示记录：" + r.documentNumber() + " " + r.holderName() + "，应于 " + due + " 前公示");
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LicenceSummary> find(long id) {
        return jdbc.sql("SELECT id, xk_wsh, xk_jdrq, due_date, published_at FROM credit_licence WHERE id = ?").param(id)
                .query(Disclosures::toSummary).optional();
    }

    @Override
    public Map<Long, LicenceSummary> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, LicenceSummary> found = new HashMap<>();
        jdbc.sql("SELECT id, xk_wsh, xk_jdrq, due_date, published_at FROM credit_licence WHERE id = ANY(?)")
                .param(ids.toArray(Long[]::new)).query(Disclosures::toSummary).list().forEach(l -> found.put(l.id(), l));
        return found;
    }

    private static LicenceSummary toSummary(ResultSet rs, int row) throws SQLException {
        OffsetDateTime published = rs.getObject("published_at", OffsetDateTime.class);
        return new LicenceSummary(rs.getLong("id"), rs.getString("xk_wsh"),
                rs.getObject("xk_jdrq", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                published == null ? null : published.atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime());
    }

    @Transactional(readOnly = true)
    ListPage<LicenceView> licences(DisclosureQuery q) {
        CurrentUser user = access.reader();
        Where where = where(q, user, "xk_xdr_mc", "xk_xdr_shxym", "xk_jdrq");
        long total = jdbc.sql("SELECT count(*) FROM credit_licence" + where.sql).params(where.params).query(Long.class).single();
        List<LicenceView> items = jdbc.sql("SELECT * FROM credit_licence" + where.sql + " ORDER BY xk_jdrq DESC, id DESC LIMIT ? OFFSET ?")
                .params(where.paged(q)).query(this::toLicence).list();
        return new ListPage<>(items, total, q.page(), q.size());
    }

    @Transactional(readOnly = true)
    ListPage<PenaltyView> penalties(DisclosureQuery q) {
        CurrentUser user = access.reader();
        Where where = where(q, user, "cf_xdr_mc", "cf_xdr_shxym", "cf_jdrq");
        long total = jdbc.sql("SELECT count(*) FROM credit_penalty" + where.sql).params(where.params).query(Long.class).single();
        List<PenaltyView> items = jdbc.sql("SELECT * FROM credit_penalty" + where.sql + " ORDER BY cf_jdrq DESC, id DESC LIMIT ? OFFSET ?")
                .params(where.paged(q)).query(this::toPenalty).list();
        return new ListPage<>(items, total, q.page(), q.size());
    }

    /** Rows for the credit platform, national field codes as headers, identity numbers in full (audited). */
    @Transactional
    DisclosureExport.Table export(DisclosureQuery q) {
        CurrentUser user = access.reader();
        DisclosureExport.Table table;
        if (q.licences()) {
            Where where = where(q, user, "xk_xdr_mc", "xk_xdr_shxym", "xk_jdrq");
            table = DisclosureExport.licences(jdbc.sql("SELECT * FROM credit_licence" + where.sql + " ORDER BY xk_jdrq, id")
                    .params(where.params).query(DisclosureExport.LICENCE_ROW).list());
        } else {
            Where where = where(q, user, "cf_xdr_mc", "cf_xdr_shxym", "cf_jdrq");
            table = DisclosureExport.penalties(jdbc.sql("SELECT * FROM credit_penalty" + where.sql + " ORDER BY cf_jdrq, id")
                    .params(where.params).query(DisclosureExport.PENALTY_ROW).list());
        }
        audit.record(AuditAction.EXPORT, q.licences() ? "credit-licence" : "credit-penalty", null,
                "导出双公示数据 " + table.rows().size() + " 条（" + q.from() + " 至 " + q.to() + "）");
        return table;
    }

    @Transactional
    void publish(String type, long id) {
        boolean licence = new DisclosureQuery(type, null, null, null, null, 0, 1).licences();
        String table = licence ? "credit_licence" : "credit_penalty";
        String region = jdbc.sql("SELECT region_code FROM " + table + " WHERE id = ?").param(id).query(String.class)
                .optional().orElseThrow(() -> new NotFoundException("双公示记录不存在：" + id));
        CurrentUser user = access.editorOf(region);
        int updated = jdbc.sql("UPDATE " + table + " SET published_at = now(), published_by = ? WHERE id = ? AND published_at IS NULL")
                .params(user.username(), id).update();
        if (updated == 0) {
            throw FieldErrors.of("id", "该记录已公示");
        }
        audit.record(AuditAction.UPDATE, licence ? "credit-licence" : "credit-penalty", String.valueOf(id), "公示");
    }

    @Transactional
    long recordPenalty(PenaltyForm form) {
        CurrentUser user = access.editor();
        List<FieldErrors.FieldError> errors = new ArrayList<>(Commands.violations(form));
        String region = blank(form.regionCode()) ? user.regionCode() : form.regionCode().strip();
        if (!user.canSeeRegion(region)) {
            errors.add(new FieldErrors.FieldError("regionCode", "无权为该地区录入处罚信息：" + region));
        } else if (!RegionCode.of(region).isCountyOrAbove()) {
            errors.add(new FieldErrors.FieldError("regionCode", RegionCode.of(region).countyOrAboveRequired("处罚信息所属地区")));
        }
        require(errors, "partyName", form.partyName(), "CF_XDR_MC 行政相对人名称");
        String creditCode = null;
        if (!blank(form.partyCreditCode())) {
            CreditCode.Check check = CreditCode.check(form.partyCreditCode());
            if (check.valid()) {
                creditCode = check.code();
            } else {
                errors.add(new FieldErrors.FieldError("partyCreditCode", "CF_XDR_SHXYM 统一社会信用代码无效：" + check.reason()));
            }
        }
        String idNumber = blank(form.partyIdNumber()) ? null : form.partyIdNumber().strip().toUpperCase();
        if (idNumber != null && !IdentityNumbers.isValid(idNumber)) {
            errors.add(new FieldErrors.FieldError("partyIdNumber", "CF_XDR_ZJHM 身份证号码无效（18位，末位校验码）"));
        }
        if (blank(form.partyCreditCode()) && idNumber == null) {
            errors.add(new FieldErrors.FieldError("partyCreditCode", "单位须填写统一社会信用代码，自然人须填写身份证号码"));
        }
        require(errors, "documentNumber", form.documentNumber(), "CF_WSH 行政处罚决定书文号");
        require(errors, "violationType", form.violationType(), "CF_WFXW 违法行为类型");
        require(errors, "facts", form.facts(), "CF_SY 违法事实");
        require(errors, "basis", form.basis(), "CF_YJ 处罚依据");
        require(errors, "penaltyType", form.penaltyType(), "CF_CFLB 处罚类别");
        require(errors, "content", form.content(), "CF_NR 处罚内容");
        if (form.penaltyType() != null && form.penaltyType().contains("罚款")) {
            if (form.fineWan() == null) {
                errors.add(new FieldErrors.FieldError("fineWan", "处罚类别含罚款时须填写 CF_NR_FK 罚款金额（万元）"));
            }
        }
        if (form.fineWan() != null && (form.fineWan().signum() < 0 || form.fineWan().scale() > 6)) {
            errors.add(new FieldErrors.FieldError("fineWan", "CF_NR_FK 罚款金额（万元）不能为负，最多6位小数"));
        }
        LocalDate today = LocalDate.now(clock);
        if (form.decisionDate() == null) {
            errors.add(new FieldErrors.FieldError("decisionDate", "请填写 CF_JDRQ 处罚决定日期"));
        } else if (form.decisionDate().isAfter(today)) {
            errors.add(new FieldErrors.FieldError("decisionDate", "CF_JDRQ 处罚决定日期不能晚于今天"));
        }
        if (form.effectiveUntil() == null) {
            errors.add(new FieldErrors.FieldError("effectiveUntil", "请填写 CF_YXQ 处罚有效期（长期填 2099-12-31）"));
        } else if (form.decisionDate() != null && form.effectiveUntil().isBefore(form.decisionDate())) {
            errors.add(new FieldErrors.FieldError("effectiveUntil", "CF_YXQ 处罚有效期不能早于决定日期"));
        }
        String authorityCode = blank(form.authorityCode()) ? authority.code() : form.authorityCode().strip();
        if (!CreditCode.check(authorityCode).valid()) {
            errors.add(new FieldErrors.FieldError("authorityCode", "CF_CFJGDM 处罚机关统一社会信用代码无效"));
        }
        String sourceCode = blank(form.sourceCode()) ? authority.code() : form.sourceCode().strip();
        if (!CreditCode.check(sourceCode).valid()) {
            errors.add(new FieldErrors.FieldError("sourceCode", "CF_SJLYDM 数据来源单位统一社会信用代码无效"));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        List<PenaltyCategory> categories = categories(form);
        PenaltyPeriod period = PenaltyPeriod.of(form.decisionDate(), categories, terms.current());
        LocalDate due = PublicationFlag.dueDate(form.decisionDate(), calendar.current());
        long id = insertPenalty(region, categories, form, creditCode, idNumber,
                blank(form.authority()) ? authority.name() : form.authority().strip(), CreditCode.of(authorityCode).value(),
                blank(form.source()) ? authority.name() : form.source().strip(), CreditCode.of(sourceCode).value(),
                period, due, user.username());
        audit.record(AuditAction.CREATE, "credit-penalty", String.valueOf(id), "行政处罚双公示记录：" + form.documentNumber().strip()
                + " " + form.partyName().strip() + "，公示截止 " + period.end() + "，" + period.repairableFrom()
                + " 起可信用修复，应于 " + due + " 前公示");
        return id;
    }

    /** The main field first (general when none is given), then the further ones, each once. */
    static List<PenaltyCategory> categories(PenaltyForm form) {
        List<PenaltyCategory> categories = new ArrayList<>();
        categories.add(form.category() == null ? PenaltyCategory.GENERAL : form.category());
        if (form.additionalCategories() != null) {
            form.additionalCategories().stream().filter(c -> c != null && !categories.contains(c)).forEach(categories::add);
        }
        return categories;
    }

    long insertPenalty(String region, List<PenaltyCategory> categories, PenaltyForm f, String creditCode, String idNumber,
                       String authorityName, String authorityCode, String source, String sourceCode, PenaltyPeriod period,
                       LocalDate due, String by) {
        String[] additional = categories.stream().skip(1).map(Enum::name).toArray(String[]::new);
        return jdbc.sql("""
                        INSERT INTO credit_penalty (region_code, category, additional_categories, cf_xdr_mc, cf_xdr_shxym,
                          cf_xdr_zjhm, cf_wsh, cf_wfxw, cf_sy, cf_yj, cf_cflb, cf_nr, cf_nr_fk, cf_jdrq, cf_yxq, cf_gsjzq, cf_cfjg,
                          cf_cfjgdm, cf_sjly, cf_sjlydm, repairable_from, publication_minimum_months,
                          publication_maximum_months, due_date, created_by)
                        VALUES (?, ?, ?::varchar[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        RETURNING id""")
                .params(region, categories.get(0).name(), additional, f.partyName().strip(), creditCode, idNumber,
                        f.documentNumber().strip(), f.violationType().strip(), f.facts().strip(), f.basis().strip(),
                        f.penaltyType().strip(), f.content().strip(), f.fineWan(), f.decisionDate(), f.effectiveUntil(),
                        period.end(), authorityName, authorityCode, source, sourceCode, period.repairableFrom(),
                        period.minimumMonths(), period.maximumMonths(), due, by)
                .query(Long.class).single();
    }

    @Transactional(readOnly = true)
    PenaltyView penalty(long id) {
        return jdbc.sql("SELECT * FROM credit_penalty WHERE id = ?").param(id).query(this::toPenalty).optional()
                .orElseThrow(() -> new NotFoundException("行政处罚记录不存在：" + id));
    }

    /** The public page: published licences, and published penalties up to their stored CF_GSJZQ (repair moves it). */
    @Transactional(readOnly = true)
    PublicResults publicSearch(String keyword) {
        if (blank(keyword)) {
            return new PublicResults(List.of(), List.of());
        }
        String k = keyword.strip();
        LocalDate today = LocalDate.now(clock);
        List<LicenceView> licences = jdbc.sql("""
                        SELECT * FROM credit_licence WHERE published_at IS NOT NULL AND (xk_xdr_mc LIKE ? OR xk_xdr_shxym = ?)
                        ORDER BY xk_jdrq DESC LIMIT 100""")
                .params("%" + k + "%", k.toUpperCase()).query(this::toLicence).list();
        List<PenaltyView> penalties = jdbc.sql("""
                        SELECT * FROM credit_penalty WHERE published_at IS NOT NULL AND cf_gsjzq >= ?
                          AND (cf_xdr_mc LIKE ? OR cf_xdr_shxym = ?)
                        ORDER BY cf_jdrq DESC LIMIT 100""")
                .params(today, "%" + k + "%", k.toUpperCase()).query(this::toPenalty).list();
        return new PublicResults(licences, penalties);
    }

    record PublicResults(List<LicenceView> licences, List<PenaltyView> penalties) {
    }

    private LicenceView toLicence(ResultSet rs, int row) throws SQLException {
        OffsetDateTime published = zoned(rs.getObject("published_at", OffsetDateTime.class));
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        WorkCalendar cal = calendar.current();
        long applicationId = rs.getLong("application_id");
        return new LicenceView(rs.getLong("id"), rs.wasNull() ? null : applicationId, rs.getString("region_code"),
                rs.getString("xk_xdr_mc"), rs.getString("xk_xdr_shxym"), rs.getString("xk_xkws"), rs.getString("xk_wsh"),
                rs.getString("xk_xklb"), rs.getString("xk_nr"), rs.getObject("xk_jdrq", LocalDate.class),
                rs.getObject("xk_yxqz", LocalDate.class), rs.getObject("xk_yxqzi", LocalDate.class), rs.getString("xk_xkjg"),
                rs.getString("xk_xkjgdm"), rs.getString("xk_zt"), rs.getString("xk_lydw"), rs.getString("xk_lydwdm"), due,
                published, rs.getString("published_by"), PublicationFlag.of(published != null, due, LocalDate.now(clock), cal));
    }

    private PenaltyView toPenalty(ResultSet rs, int row) throws SQLException {
        OffsetDateTime published = zoned(rs.getObject("published_at", OffsetDateTime.class));
        OffsetDateTime repaired = zoned(rs.getObject("repaired_at", OffsetDateTime.class));
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        LocalDate publicUntil = rs.getObject("cf_gsjzq", LocalDate.class);
        LocalDate repairableFrom = rs.getObject("repairable_from", LocalDate.class);
        PenaltyPeriod period = new PenaltyPeriod(repairableFrom, publicUntil, rs.getInt("publication_minimum_months"),
                rs.getInt("publication_maximum_months"));
        List<PenaltyCategory> categories = StoredPenaltyPeriods.categories(rs);
        LocalDate today = LocalDate.now(clock);
        BigDecimal fine = rs.getBigDecimal("cf_nr_fk");
        return new PenaltyView(rs.getLong("id"), rs.getString("region_code"), categories.get(0),
                categories.subList(1, categories.size()), rs.getString("cf_xdr_mc"), rs.getString("cf_xdr_shxym"), IdentityNumbers.mask(rs.getString("cf_xdr_zjhm")),
                rs.getString("cf_wsh"), rs.getString("cf_wfxw"), rs.getString("cf_sy"), rs.getString("cf_yj"),
                rs.getString("cf_cflb"), rs.getString("cf_nr"), fine, rs.getObject("cf_jdrq", LocalDate.class),
                rs.getObject("cf_yxq", LocalDate.class), publicUntil, rs.getString("cf_cfjg"), rs.getString("cf_cfjgdm"),
                rs.getString("cf_sjly"), rs.getString("cf_sjlydm"), repairableFrom, due, published, repaired,
                rs.getString("repair_reason"), rs.getString("repair_granted_by"),
                PublicationFlag.of(published != null, due, today, calendar.current()),
                published != null && period.isPublicOn(today));
    }

    private static OffsetDateTime zoned(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime();
    }

    private record Where(String sql, List<Object> params) {
        List<Object> paged(DisclosureQuery q) {
            List<Object> p = new ArrayList<>(params);
            p.add(q.size());
            p.add((long) q.page() * q.size());
            return p;
        }
    }

    private static Where where(DisclosureQuery q, CurrentUser user, String nameColumn, String codeColumn, String dateColumn) {
        StringBuilder sql = new StringBuilder(" WHERE TRUE");
        List<Object> params = new ArrayList<>();
        if (user.role() != Role.ADMIN) {
            sql.append(" AND region_code LIKE ?");
            params.add(regionPrefix(user.regionCode()) + "%");
        }
        if (q.published() != null) {
            sql.append(q.published() ? " AND published_at IS NOT NULL" : " AND published_at IS NULL");
        }
        if (!blank(q.keyword())) {
            sql.append(" AND (").append(nameColumn).append(" LIKE ? OR ").append(codeColumn).append(" = ?)");
            params.add("%" + q.keyword().strip() + "%");
            params.add(q.keyword().strip().toUpperCase());
        }
        if (q.from() != null) {
            sql.append(" AND ").append(dateColumn).append(" >= ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            sql.append(" AND ").append(dateColumn).append(" <= ?");
            params.add(q.to());
        }
        return new Where(sql.toString(), params);
    }

    /** 339900 → "3399", 330000 → "33", 339902 → "339902": the codes a region contains start with this. */
    static String regionPrefix(String region) {
        String p = region;
        while (p.length() > 2 && p.endsWith("00")) {
            p = p.substring(0, p.length() - 2);
        }
        return p;
    }

    private static void require(List<FieldErrors.FieldError> errors, String field, String value, String label) {
        if (blank(value)) {
            errors.add(new FieldErrors.FieldError(field, "请填写 " + label));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
