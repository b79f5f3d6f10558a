package org.fagai.credit.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.Commands;
import org.fagai.shared.CreditCode;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 行政处罚 双公示 records (CF_*) recorded by staff, required items enforced, each with the publication period
 * {@link PenaltyPeriod} gives it stored on the row.
 */
@Service
class Penalties {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CreditAccess access;
    private final WorkingCalendar calendar;
    private final CreditAuthority authority;
    private final PublicationTermBook terms;
    private final Clock clock;

    Penalties(JdbcClient jdbc, AuditLog audit, CreditAccess access, WorkingCalendar calendar, CreditAuthority authority,
              PublicationTermBook terms, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.calendar = calendar;
        this.authority = authority;
        this.terms = terms;
        this.clock = clock;
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

    @Transactional(readOnly = true)
    ListPage<PenaltyView> penalties(DisclosureQuery q) {
        CurrentUser user = access.reader();
        DisclosureFilter where = DisclosureFilter.of(q, user, DisclosureFilter.PENALTIES);
        long total = jdbc.sql("SELECT count(*) FROM credit_penalty" + where.sql()).params(where.params()).query(Long.class).single();
        List<PenaltyView> items = jdbc.sql("SELECT * FROM credit_penalty" + where.sql() + " ORDER BY cf_jdrq DESC, id DESC LIMIT ? OFFSET ?")
                .params(where.paged(q)).query(this::toPenalty).list();
        return new ListPage<>(items, total, q.page(), q.size());
    }

    PenaltyView toPenalty(ResultSet rs, int row) throws SQLException {
        OffsetDateTime published = ChinaTime.zoned(rs.getObject("published_at", OffsetDateTime.class));
        OffsetDateTime repaired = ChinaTime.zoned(rs.getObject("repaired_at", OffsetDateTime.class));
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

    private static void require(List<FieldErrors.FieldError> errors, String field, String value, String label) {
        if (blank(value)) {
            errors.add(new FieldErrors.FieldError(field, "请填写 " + label));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
