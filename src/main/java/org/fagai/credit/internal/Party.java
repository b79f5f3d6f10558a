package org.fagai.credit.internal;

import org.fagai.shared.StoredText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fagai.shared.CreditCode;

/**
 * The administrative counterpart (行政相对人) of a 双公示 record with the 13 party items of the national standard.
 * {@link #check} holds the rule of which items a category requires:
 * <ul>
 *   <li>法人及非法人组织: the unified social credit code and the legal representative; no personal identity document;</li>
 *   <li>自然人: the identity document (type and number), and none of the unit items;</li>
 *   <li>个体工商户: the unified social credit code and the operator (in the legal-representative item).</li>
 * </ul>
 * The legal representative's document type and number come together; a 身份证 number must carry its GB 11643 check digit.
 */
record Party(String type, String name, String creditCode, String businessRegNo, String orgCode, String taxRegNo,
             String institutionNo, String socialOrgNo, String legalRepresentative, String legalRepIdType,
             String legalRepIdNumber, String idType, String idNumber) {

    static final String RESIDENT_ID = "身份证";
    static final Set<String> ID_TYPES = Set.of(RESIDENT_ID, "护照号", "港澳居民来往内地通行证", "台湾居民来往大陆通行证",
            "外国人永久居留身份证");
    static final int MAX_NAME = 200;
    static final int MAX_ITEM = 50;

    /** Form field → the national item's suffix after XK_/CF_, in the standard's order. */
    static final Map<String, String> ITEMS = items();

    private static Map<String, String> items() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("partyName", "XDR_MC");
        m.put("partyType", "XDR_LB");
        m.put("partyCreditCode", "XDR_SHXYM");
        m.put("partyBusinessRegNo", "XDR_GSZC");
        m.put("partyOrgCode", "XDR_ZZJG");
        m.put("partyTaxRegNo", "XDR_SWDJ");
        m.put("partyInstitutionNo", "XDR_SYDW");
        m.put("partySocialOrgNo", "XDR_SHZZ");
        m.put("legalRepresentative", "FRDB");
        m.put("legalRepIdType", "FR_ZJLX");
        m.put("legalRepIdNumber", "FR_ZJHM");
        m.put("partyIdType", "XDR_ZJLX");
        m.put("partyIdNumber", "XDR_ZJHM");
        return Collections.unmodifiableMap(m);
    }

    /** Receives each problem: the form field, the national item (e.g. CF_XDR_ZJHM), the message. */
    interface Problems {
        void add(String field, String item, String message);
    }

    /** The national item of a form field with its prefix: {@code item("CF", "partyIdNumber")} = CF_XDR_ZJHM. */
    static String item(String prefix, String field) {
        return prefix + "_" + ITEMS.get(field);
    }

    /**
     * Trims and checks the party against its category's rule; reports each problem; returns the cleaned party (codes
     * upper-cased), meaningful only without problems.
     */
    Party check(String prefix, Problems problems) {
        Party p = cleaned();
        Report r = new Report(prefix, problems);
        if (p.name == null) {
            r.add("partyName", StoredText.of("credit.error.required"));
        } else if (p.name.length() > MAX_NAME) {
            r.add("partyName", StoredText.of("credit.error.textTooLong", MAX_NAME));
        }
        for (String field : List.of("partyBusinessRegNo", "partyOrgCode", "partyTaxRegNo", "partyInstitutionNo",
                "partySocialOrgNo", "legalRepresentative", "legalRepIdNumber", "partyIdNumber")) {
            String v = p.value(field);
            if (v != null && v.length() > MAX_ITEM) {
                r.add(field, StoredText.of("credit.error.charsTooLong", MAX_ITEM));
            }
        }
        PartyType category = PartyType.parse(p.type).orElse(null);
        if (category == null) {
            r.add("partyType", p.type == null ? StoredText.of("credit.error.partyTypeRequired")
                    : StoredText.of("credit.error.partyTypeInvalid", p.type));
        }
        String code = p.creditCode;
        if (code != null) {
            CreditCode.Check check = CreditCode.check(code);
            if (check.valid()) {
                code = check.code();
            } else {
                r.add("partyCreditCode", StoredText.of("credit.error.invalidBecause", check.reason()));
            }
        }
        documentPair(r, p.legalRepIdType, p.legalRepIdNumber, "legalRepIdType", "legalRepIdNumber");
        documentPair(r, p.idType, p.idNumber, "partyIdType", "partyIdNumber");
        if (category == PartyType.NATURAL_PERSON) {
            if (p.idType == null) {
                r.add("partyIdType", StoredText.of("credit.error.naturalRequired"));
            }
            if (p.idNumber == null) {
                r.add("partyIdNumber", StoredText.of("credit.error.naturalRequired"));
            }
            for (String field : List.of("partyCreditCode", "partyBusinessRegNo", "partyOrgCode", "partyTaxRegNo",
                    "partyInstitutionNo", "partySocialOrgNo", "legalRepresentative", "legalRepIdType", "legalRepIdNumber")) {
                if (p.value(field) != null) {
                    r.add(field, StoredText.of("credit.error.naturalNot"));
                }
            }
        } else if (category != null) {
            StoredText.Label who = StoredText.label(category == PartyType.INDIVIDUAL_BUSINESS ? "credit.error.whoBusiness" : "credit.error.whoLegal");
            if (p.creditCode == null) {
                r.add("partyCreditCode", StoredText.of("credit.error.whoRequired", who));
            }
            if (p.legalRepresentative == null) {
                r.add("legalRepresentative", StoredText.of(category == PartyType.INDIVIDUAL_BUSINESS ? "credit.error.operatorRequired" : "credit.error.whoRequired", who));
            }
            if (category == PartyType.LEGAL_PERSON && (p.idType != null || p.idNumber != null)) {
                r.add(p.idNumber != null ? "partyIdNumber" : "partyIdType", StoredText.of("credit.error.legalNoId"));
            }
        }
        return new Party(category == null ? p.type : category.label(), p.name, code, upper(p.businessRegNo),
                upper(p.orgCode), upper(p.taxRegNo), upper(p.institutionNo), upper(p.socialOrgNo), p.legalRepresentative,
                p.legalRepIdType, upper(p.legalRepIdNumber), p.idType, upper(p.idNumber));
    }

    private static void documentPair(Report r, String type, String number, String typeField, String numberField) {
        if (type != null && !ID_TYPES.contains(type)) {
            r.add(typeField, StoredText.of("credit.error.idTypeInvalid", String.join(" / ", List.of(RESIDENT_ID, "护照号", "港澳居民来往内地通行证",
                    "台湾居民来往大陆通行证", "外国人永久居留身份证"))));
        }
        if (type != null && number == null) {
            r.add(numberField, StoredText.of("credit.error.idNumberRequired"));
        } else if (type == null && number != null) {
            r.add(typeField, StoredText.of("credit.error.idTypeRequired"));
        } else if (RESIDENT_ID.equals(type) && !IdentityNumbers.isValid(number.toUpperCase())) {
            r.add(numberField, StoredText.of("credit.error.residentIdInvalid"));
        }
    }

    /** The 13 party columns of a licence ({@code "xk"}) or penalty ({@code "cf"}) row, named after the items. */
    static Party read(ResultSet rs, String prefix) throws SQLException {
        List<String> v = new ArrayList<>();
        for (String suffix : ITEMS.values()) {
            v.add(rs.getString(prefix + "_" + suffix.toLowerCase()));
        }
        return new Party(v.get(1), v.get(0), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7), v.get(8),
                v.get(9), v.get(10), v.get(11), v.get(12));
    }

    /** Every identity number masked: what a public page or a list may show. */
    Party masked() {
        return new Party(type, name, creditCode, businessRegNo, orgCode, taxRegNo, institutionNo, socialOrgNo,
                legalRepresentative, legalRepIdType, IdentityNumbers.mask(legalRepIdNumber), idType,
                IdentityNumbers.mask(idNumber));
    }

    private Party cleaned() {
        return new Party(text(type), text(name), upper(creditCode), text(businessRegNo), text(orgCode), text(taxRegNo),
                text(institutionNo), text(socialOrgNo), text(legalRepresentative), text(legalRepIdType),
                text(legalRepIdNumber), text(idType), text(idNumber));
    }

    String value(String field) {
        return switch (field) {
            case "partyName" -> name;
            case "partyType" -> type;
            case "partyCreditCode" -> creditCode;
            case "partyBusinessRegNo" -> businessRegNo;
            case "partyOrgCode" -> orgCode;
            case "partyTaxRegNo" -> taxRegNo;
            case "partyInstitutionNo" -> institutionNo;
            case "partySocialOrgNo" -> socialOrgNo;
            case "legalRepresentative" -> legalRepresentative;
            case "legalRepIdType" -> legalRepIdType;
            case "legalRepIdNumber" -> legalRepIdNumber;
            case "partyIdType" -> idType;
            case "partyIdNumber" -> idNumber;
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** The 13 items named by their message keys ({@code credit.audit.party.XDR_MC}), identity numbers masked: what an audit entry may name. */
    Map<String, Object> keyed() {
        Party shown = masked();
        Map<String, Object> fields = org.fagai.shared.Changes.snapshot();
        ITEMS.forEach((field, item) -> fields.put("credit.audit.party." + item, shown.value(field)));
        return fields;
    }

    /** The 13 party values in the standard's order. */
    List<String> values() {
        return ITEMS.keySet().stream().map(this::value).toList();
    }

    private record Report(String prefix, Problems problems) {
        void add(String field, String message) {
            String item = item(prefix, field);
            problems.add(field, item, StoredText.of("credit.error.partyItem", item, StoredText.label("credit.audit.party." + ITEMS.get(field)), message));
        }
    }

    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String upper(String s) {
        String t = text(s);
        return t == null ? null : t.toUpperCase();
    }
}
