package org.fagai.credit.internal;

import org.fagai.shared.StoredText;
import java.util.ArrayList;
import java.util.List;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.shared.Changes;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completing the party items of a licence record: a licence an approval granted knows the holder's name and credit
 * code only, so its legal representative (XK_FRDB) and the other items the standard asks of its category are added here,
 * checked by {@link Party#check}.
 */
@Service
class LicenceParties {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CreditAccess access;

    LicenceParties(JdbcClient jdbc, AuditLog audit, CreditAccess access) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
    }

    /** The party items of the standard the stored record still lacks for its category (item codes), none when complete. */
    static List<String> missingItems(Party stored) {
        List<String> missing = new ArrayList<>();
        stored.check("XK", (field, item, message) -> missing.add(item));
        return missing;
    }

    /** The stored (unmasked) party of a licence, for its edit form: staff of its region only. */
    @Transactional(readOnly = true)
    Party party(long id) {
        String region = region(id);
        access.editorOf(region);
        return jdbc.sql("SELECT * FROM credit_licence WHERE id = ?").param(id).query((rs, i) -> Party.read(rs, "xk")).single();
    }

    @Transactional
    void complete(long id, LicenceForm form) {
        access.editorOf(region(id));
        List<FieldErrors.FieldError> errors = new ArrayList<>(Commands.violations(form));
        Party p = form.party().check("XK", (field, item, message) -> errors.add(new FieldErrors.FieldError(field, message)));
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        Party before = jdbc.sql("SELECT * FROM credit_licence WHERE id = ?").param(id).query((rs, i) -> Party.read(rs, "xk")).single();
        jdbc.sql("""
                        UPDATE credit_licence SET xk_xdr_mc = ?, xk_xdr_lb = ?, xk_xdr_shxym = ?, xk_xdr_gszc = ?, xk_xdr_zzjg = ?,
                          xk_xdr_swdj = ?, xk_xdr_sydw = ?, xk_xdr_shzz = ?, xk_frdb = ?, xk_fr_zjlx = ?, xk_fr_zjhm = ?,
                          xk_xdr_zjlx = ?, xk_xdr_zjhm = ? WHERE id = ?""")
                .params(p.name(), p.type(), p.creditCode(), p.businessRegNo(), p.orgCode(), p.taxRegNo(), p.institutionNo(),
                        p.socialOrgNo(), p.legalRepresentative(), p.legalRepIdType(), p.legalRepIdNumber(), p.idType(),
                        p.idNumber(), id).update();
        audit.record(AuditAction.UPDATE, "credit-licence", String.valueOf(id), org.fagai.shared.StoredText.of("credit.audit.licenceParty",
                p.name(), Changes.stored(before.keyed(), p.keyed())));
    }

    private String region(long id) {
        return jdbc.sql("SELECT region_code FROM credit_licence WHERE id = ?").param(id).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException(StoredText.of("credit.error.licenceMissing", id)));
    }
}
