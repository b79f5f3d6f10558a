package org.fagai.credit.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.credit.CreditCheckResult;
import org.fagai.credit.RedListStatus;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.CreditCode;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.web.Formats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 企业信用报告 (for 信易贷 lending and tenders): generated from the credit records of the day as .docx, stamped with the
 * date and a verification code; the code, the report's counts and the file's fingerprint are kept, so the public page
 * confirms a report without showing it. Staff may generate any enterprise's report, an enterprise account its own.
 */
@Service
class CreditReports {

    /** No 0/O, 1/I/L: a code read off paper is typed without ambiguity. */
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int CODE_LENGTH = 16;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final UserDirectory users;
    private final CreditAccess access;
    private final DishonestyList dishonesty;
    private final RedList redList;
    private final CreditAuthority authority;
    private final Clock clock;
    private final Formats fmt;
    private final SecureRandom random = new SecureRandom();

    CreditReports(JdbcClient jdbc, AuditLog audit, UserDirectory users, CreditAccess access, DishonestyList dishonesty, RedList redList,
                  CreditAuthority authority, Clock clock, Formats fmt) {
        this.fmt = fmt;
        this.jdbc = jdbc;
        this.audit = audit;
        this.users = users;
        this.access = access;
        this.dishonesty = dishonesty;
        this.redList = redList;
        this.authority = authority;
        this.clock = clock;
    }

    record Report(String verificationCode, String fileName, byte[] docx) {
    }

    @Transactional
    Report generate(String creditCode) {
        String code = CreditCode.of(creditCode).value();
        CurrentUser user = users.requireCurrent();
        if (user.role() == Role.ENTERPRISE) {
            if (!user.canSeeEnterprise(code)) {
                throw new AccessDeniedException("企业只能生成本企业的信用报告");
            }
        } else {
            access.reader();
        }
        LocalDate today = LocalDate.now(clock);
        String name = entityName(code).orElseThrow(() -> new NotFoundException(StoredText.of("credit.error.noRecords", code)));
        String verification = newCode();
        CreditCheckResult check = dishonesty.check(code);
        RedListStatus red = redList.redListStatus(code);
        CreditReportContent content = new CreditReportContent(code, name, today,
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES), verification,
                "/public/credit/verify?code=" + verification, licences(code), penalties(code, today),
                check.withDetail(fmt.storedChinese(check.detail())),
                red.withDetail(fmt.storedChinese(red.detail())),
                commitments(code), authority.name());
        byte[] docx = CreditReportDocx.render(content);
        jdbc.sql("""
                        INSERT INTO credit_report (verification_code, credit_code, entity_name, generated_by, summary, sha256)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(verification, code, name, user.username(), content.summary(), sha256(docx)).update();
        audit.record(AuditAction.EXPORT, "credit-report", verification, StoredText.of("credit.audit.report.generated", name, code, content.summary()));
        return new Report(verification, "企业信用报告-" + name + "-" + today + ".docx", docx);
    }

    /** What the public page confirms about a report: whose, when, what it stated; empty for an unknown code. */
    record Verification(String verificationCode, String creditCode, String entityName, LocalDateTime generatedAt,
                        String summary) {
    }

    @Transactional(readOnly = true)
    Optional<Verification> verify(String verificationCode) {
        if (verificationCode == null || verificationCode.isBlank() || verificationCode.strip().length() > CODE_LENGTH) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM credit_report WHERE verification_code = ?")
                .param(verificationCode.strip().toUpperCase())
                .query((rs, i) -> new Verification(rs.getString("verification_code"), rs.getString("credit_code"),
                        rs.getString("entity_name"),
                        ChinaTime.zoned(rs.getObject("generated_at", OffsetDateTime.class)).toLocalDateTime()
                                .truncatedTo(ChronoUnit.MINUTES),
                        rs.getString("summary")))
                .optional();
    }

    private Optional<String> entityName(String code) {
        return jdbc.sql("""
                        SELECT name FROM (
                          SELECT xk_xdr_mc AS name, xk_jdrq AS d FROM credit_licence WHERE xk_xdr_shxym = ?
                          UNION ALL SELECT cf_xdr_mc, cf_jdrq FROM credit_penalty WHERE cf_xdr_shxym = ?
                          UNION ALL SELECT entity_name, valid_from FROM credit_red_list WHERE credit_code = ?
                          UNION ALL SELECT entity_name, valid_from FROM credit_blacklist WHERE credit_code = ?
                          UNION ALL SELECT party_name, made_on FROM credit_commitment WHERE credit_code = ?) n
                        ORDER BY d DESC LIMIT 1""")
                .params(code, code, code, code, code).query(String.class).optional();
    }

    private List<CreditReportContent.Licence> licences(String code) {
        return jdbc.sql("""
                        SELECT xk_wsh, xk_xkws, xk_nr, xk_jdrq, xk_yxqz, xk_yxqzi, xk_xkjg FROM credit_licence
                        WHERE xk_xdr_shxym = ? AND published_at IS NOT NULL ORDER BY xk_jdrq DESC LIMIT 200""")
                .param(code).query((rs, i) -> new CreditReportContent.Licence(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class), rs.getString(7))).list();
    }

    /** Penalties in publication: published and not past their stored CF_GSJZQ (repair moves it), as the public page. */
    private List<CreditReportContent.Penalty> penalties(String code, LocalDate today) {
        return jdbc.sql("""
                        SELECT cf_wsh, cf_wfxw, cf_nr, cf_jdrq, cf_gsjzq, cf_cfjg FROM credit_penalty
                        WHERE cf_xdr_shxym = ? AND published_at IS NOT NULL AND cf_gsjzq >= ? ORDER BY cf_jdrq DESC LIMIT 200""")
                .params(code, today).query((rs, i) -> new CreditReportContent.Penalty(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                        rs.getString(6))).list();
    }

    private List<CreditReportContent.Commitment> commitments(String code) {
        return jdbc.sql("""
                        SELECT content, made_on, promised_by, status, settled_on FROM credit_commitment WHERE credit_code = ?
                        ORDER BY made_on DESC LIMIT 200""")
                .param(code).query((rs, i) -> new CreditReportContent.Commitment(rs.getString(1),
                        rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getString(4),
                        rs.getObject(5, LocalDate.class))).list();
    }

    private String newCode() {
        StringBuilder b = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            b.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return b.toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
