package org.fagai.credit.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fagai.shared.StoredText;
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
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        Clean clean = validate(form, user, (field, item, message) -> errors.add(new FieldErrors.FieldError(field, message)));
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        return store(clean, user.username());
    }

    /** A penalty form checked and trimmed, ready to store. */
    record Clean(String region, List<PenaltyCategory> categories, PenaltyForm form, Party party, String authorityName,
                 String authorityCode, String source, String sourceCode) {
    }

    /**
     * Checks a form: the party by its category ({@link Party#check}), the decision's required items, amounts, dates,
     * codes; reports each problem; the result is meaningful only without problems.
     */
    Clean validate(PenaltyForm form, CurrentUser user, Party.Problems problems) {
        Commands.violations(form).forEach(e -> problems.add(e.field(), e.field(), e.message()));
        String region = blank(form.regionCode()) ? user.regionCode() : form.regionCode().strip();
        if (!user.canSeeRegion(region)) {
            problems.add("regionCode", "regionCode", StoredText.of("credit.error.penaltyRegion", region));
        } else if (!RegionCode.of(region).isCountyOrAbove()) {
            problems.add("regionCode", "regionCode", StoredText.of("credit.error.penaltyRegionCounty", region));
        }
        Party party = form.party().check("CF", problems);
        require(problems, "documentNumber", form.documentNumber(), "CF_WSH");
        require(problems, "violationType", form.violationType(), "CF_WFXW");
        require(problems, "facts", form.facts(), "CF_SY");
        require(problems, "basis", form.basis(), "CF_YJ");
        require(problems, "penaltyType", form.penaltyType(), "CF_CFLB");
        require(problems, "content", form.content(), "CF_NR");
        if (form.penaltyType() != null && form.penaltyType().contains("罚款") && form.fineWan() == null) {
            problems.add("fineWan", "CF_NR_FK", StoredText.of("credit.error.fineRequired"));
        }
        if (form.penaltyType() != null && form.penaltyType().contains("没收") && form.confiscatedWan() == null) {
            problems.add("confiscatedWan", "CF_NR_WFFF", StoredText.of("credit.error.confiscationRequired"));
        }
        if (form.penaltyType() != null && (form.penaltyType().contains("暂扣") || form.penaltyType().contains("吊销"))
                && blank(form.suspendedLicences())) {
            problems.add("suspendedLicences", "CF_NR_ZKDX", StoredText.of("credit.error.suspensionRequired"));
        }
        amount(problems, "fineWan", "CF_NR_FK", form.fineWan());
        amount(problems, "confiscatedWan", "CF_NR_WFFF", form.confiscatedWan());
        LocalDate today = LocalDate.now(clock);
        if (form.decisionDate() == null) {
            problems.add("decisionDate", "CF_JDRQ", StoredText.of("credit.error.cfjdrqRequired"));
        } else if (form.decisionDate().isAfter(today)) {
            problems.add("decisionDate", "CF_JDRQ", StoredText.of("credit.error.cfjdrqFuture"));
        }
        if (form.effectiveUntil() == null) {
            problems.add("effectiveUntil", "CF_YXQ", StoredText.of("credit.error.cfyxqRequired"));
        } else if (form.decisionDate() != null && form.effectiveUntil().isBefore(form.decisionDate())) {
            problems.add("effectiveUntil", "CF_YXQ", StoredText.of("credit.error.cfyxqBefore"));
        }
        String authorityCode = blank(form.authorityCode()) ? authority.code() : form.authorityCode().strip().toUpperCase();
        if (!CreditCode.check(authorityCode).valid()) {
            problems.add("authorityCode", "CF_CFJGDM", StoredText.of("credit.error.cfcfjgdmInvalid"));
        }
        String sourceCode = blank(form.sourceCode()) ? authority.code() : form.sourceCode().strip().toUpperCase();
        if (!CreditCode.check(sourceCode).valid()) {
            problems.add("sourceCode", "CF_SJLYDM", StoredText.of("credit.error.cfsjlydmInvalid"));
        }
        return new Clean(region, categories(form), form, party,
                blank(form.authority()) ? authority.name() : form.authority().strip(), authorityCode,
                blank(form.source()) ? authority.name() : form.source().strip(), sourceCode);
    }

    /** Stores a checked penalty with its publication period and due date; audited. */
    long store(Clean c, String by) {
        PenaltyPeriod period = PenaltyPeriod.of(c.form().decisionDate(), c.categories(), terms.current());
        LocalDate due = PublicationFlag.dueDate(c.form().decisionDate(), calendar.current());
        long id = insertPenalty(c, period, due, by);
        audit.record(AuditAction.CREATE, "credit-penalty", String.valueOf(id), StoredText.of("credit.audit.penalty.recorded", c.form().documentNumber().strip(), c.party().name(), period.end(), period.repairableFrom(), due));
        return id;
    }

    private static void amount(Party.Problems problems, String field, String item, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.scale() > 6 || value.precision() - value.scale() > 8)) {
            problems.add(field, item, StoredText.of("credit.error.itemAmount", item, StoredText.label("credit.error.item." + item)));
        }
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

    long insertPenalty(Clean c, PenaltyPeriod period, LocalDate due, String by) {
        PenaltyForm f = c.form();
        Party p = c.party();
        String[] additional = c.categories().stream().skip(1).map(Enum::name).toArray(String[]::new);
        return jdbc.sql("""
                        INSERT INTO credit_penalty (region_code, category, additional_categories, cf_xdr_mc, cf_xdr_lb,
                          cf_xdr_shxym, cf_xdr_gszc, cf_xdr_zzjg, cf_xdr_swdj, cf_xdr_sydw, cf_xdr_shzz, cf_frdb, cf_fr_zjlx,
                          cf_fr_zjhm, cf_xdr_zjlx, cf_xdr_zjhm, cf_wsh, cf_wfxw, cf_sy, cf_yj, cf_cflb, cf_nr, cf_nr_fk,
                          cf_nr_wfff, cf_nr_zkdx, cf_jdrq, cf_yxq, cf_gsjzq, cf_cfjg, cf_cfjgdm, cf_sjly, cf_sjlydm, bz,
                          repairable_from, publication_minimum_months, publication_maximum_months, due_date, created_by)
                        VALUES (?, ?, ?::varchar[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                          ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        RETURNING id""")
                .params(c.region(), c.categories().get(0).name(), additional, p.name(), p.type(), p.creditCode(),
                        p.businessRegNo(), p.orgCode(), p.taxRegNo(), p.institutionNo(), p.socialOrgNo(),
                        p.legalRepresentative(), p.legalRepIdType(), p.legalRepIdNumber(), p.idType(), p.idNumber(),
                        f.documentNumber().strip(), f.violationType().strip(), f.facts().strip(), f.basis().strip(),
                        f.penaltyType().strip(), f.content().strip(), f.fineWan(), f.confiscatedWan(),
                        Party.text(f.suspendedLicences()), f.decisionDate(), f.effectiveUntil(), period.end(),
                        c.authorityName(), c.authorityCode(), c.source(), c.sourceCode(), Party.text(f.remark()),
                        period.repairableFrom(), period.minimumMonths(), period.maximumMonths(), due, by)
                .query(Long.class).single();
    }

    @Transactional(readOnly = true)
    PenaltyView penalty(long id) {
        return jdbc.sql("SELECT * FROM credit_penalty WHERE id = ?").param(id).query(this::toPenalty).optional()
                .orElseThrow(() -> new NotFoundException(StoredText.of("credit.error.penaltyMissing", id)));
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
                published != null && period.isPublicOn(today), Party.read(rs, "cf").masked(),
                rs.getBigDecimal("cf_nr_wfff"), rs.getString("cf_nr_zkdx"), rs.getString("bz"));
    }

    private static void require(Party.Problems problems, String field, String value, String item) {
        if (blank(value)) {
            problems.add(field, item, StoredText.of("credit.error.itemRequired", item, StoredText.label("credit.error.item." + item)));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
