package org.fagai.credit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.Commands;
import org.fagai.shared.CreditCode;
import org.fagai.shared.FieldErrors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 行政许可 records entered or imported by staff (decisions made outside the approvals module): the party by its
 * category ({@link Party#check}) and the decision's required items enforced, due for publication within 7 working days.
 */
@Service
class LicenceEntries {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CreditAccess access;
    private final WorkingCalendar calendar;
    private final CreditAuthority authority;
    private final Clock clock;

    LicenceEntries(JdbcClient jdbc, AuditLog audit, CreditAccess access, WorkingCalendar calendar,
                   CreditAuthority authority, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.calendar = calendar;
        this.authority = authority;
        this.clock = clock;
    }

    @Transactional
    long record(LicenceForm form) {
        CurrentUser user = access.editor();
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        Clean clean = validate(form, user, (field, item, message) -> errors.add(new FieldErrors.FieldError(field, message)));
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        return store(clean, user.username());
    }

    /** A licence form checked and trimmed (codes upper-cased), ready to store. */
    record Clean(String region, LicenceForm form, Party party, String authorityName, String authorityCode, String status,
                 String source, String sourceCode) {
    }

    Clean validate(LicenceForm form, CurrentUser user, Party.Problems problems) {
        Commands.violations(form).forEach(e -> problems.add(e.field(), e.field(), e.message()));
        String region = blank(form.regionCode()) ? user.regionCode() : form.regionCode().strip();
        if (!user.canSeeRegion(region)) {
            problems.add("regionCode", "regionCode", StoredText.of("credit.error.licenceRegion", region));
        }
        Party party = form.party().check("XK", problems);
        require(problems, "documentName", form.documentName(), "XK_XKWS");
        require(problems, "documentNumber", form.documentNumber(), "XK_WSH");
        if (blank(form.category())) {
            problems.add("category", "XK_XKLB", StoredText.of("credit.error.xklbRequired"));
        } else if (!Licences.LICENCE_CATEGORIES.contains(form.category().strip())) {
            problems.add("category", "XK_XKLB", StoredText.of("credit.error.xklbInvalid"));
        }
        if (!blank(form.certificateNumber()) && blank(form.certificateName())) {
            problems.add("certificateName", "XK_XKZS", StoredText.of("credit.error.xkzsRequired"));
        }
        require(problems, "content", form.content(), "XK_NR");
        LocalDate today = LocalDate.now(clock);
        if (form.decisionDate() == null) {
            problems.add("decisionDate", "XK_JDRQ", StoredText.of("credit.error.xkjdrqRequired"));
        } else if (form.decisionDate().isAfter(today)) {
            problems.add("decisionDate", "XK_JDRQ", StoredText.of("credit.error.xkjdrqFuture"));
        }
        if (form.validFrom() == null) {
            problems.add("validFrom", "XK_YXQZ", StoredText.of("credit.error.xkyxqzRequired"));
        }
        if (form.validTo() == null) {
            problems.add("validTo", "XK_YXQZI", StoredText.of("credit.error.xkyxqziRequired"));
        } else if (form.validFrom() != null && form.validTo().isBefore(form.validFrom())) {
            problems.add("validTo", "XK_YXQZI", StoredText.of("credit.error.xkyxqziBefore"));
        }
        String status = blank(form.status()) ? Licences.VALID : form.status().strip();
        if (!status.equals("1") && !status.equals("2")) {
            problems.add("status", "XK_ZT", StoredText.of("credit.error.xkztInvalid"));
        }
        String authorityCode = code(problems, form.authorityCode(), "authorityCode", "XK_XKJGDM");
        String sourceCode = code(problems, form.sourceCode(), "sourceCode", "XK_LYDWDM");
        return new Clean(region, form, party, blank(form.authority()) ? authority.name() : form.authority().strip(),
                authorityCode, status, blank(form.source()) ? authority.name() : form.source().strip(), sourceCode);
    }

    long store(Clean c, String by) {
        LicenceForm f = c.form();
        Party p = c.party();
        LocalDate due = PublicationFlag.dueDate(f.decisionDate(), calendar.current());
        long id = jdbc.sql("""
                        INSERT INTO credit_licence (region_code, xk_xdr_mc, xk_xdr_lb, xk_xdr_shxym, xk_xdr_gszc, xk_xdr_zzjg,
                          xk_xdr_swdj, xk_xdr_sydw, xk_xdr_shzz, xk_frdb, xk_fr_zjlx, xk_fr_zjhm, xk_xdr_zjlx, xk_xdr_zjhm,
                          xk_xkws, xk_wsh, xk_xklb, xk_xkzs, xk_xkbh, xk_nr, xk_jdrq, xk_yxqz, xk_yxqzi, xk_xkjg, xk_xkjgdm,
                          xk_zt, xk_lydw, xk_lydwdm, bz, due_date)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        RETURNING id""")
                .params(c.region(), p.name(), p.type(), p.creditCode(), p.businessRegNo(), p.orgCode(), p.taxRegNo(),
                        p.institutionNo(), p.socialOrgNo(), p.legalRepresentative(), p.legalRepIdType(),
                        p.legalRepIdNumber(), p.idType(), p.idNumber(), f.documentName().strip(), f.documentNumber().strip(),
                        f.category().strip(), Party.text(f.certificateName()), Party.text(f.certificateNumber()),
                        f.content().strip(), f.decisionDate(), f.validFrom(), f.validTo(), c.authorityName(),
                        c.authorityCode(), c.status(), c.source(), c.sourceCode(), Party.text(f.remark()), due)
                .query(Long.class).single();
        audit.record(AuditAction.CREATE, "credit-licence", String.valueOf(id), StoredText.of("credit.audit.licence.entered", f.documentNumber().strip(), p.name(), due));
        return id;
    }

    private String code(Party.Problems problems, String value, String field, String item) {
        String code = blank(value) ? authority.code() : value.strip().toUpperCase();
        CreditCode.Check check = CreditCode.check(code);
        if (!check.valid()) {
            problems.add(field, item, StoredText.of("credit.error.itemCodeInvalid", item, StoredText.label("credit.error.item." + item), check.reason()));
            return code;
        }
        return check.code();
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
