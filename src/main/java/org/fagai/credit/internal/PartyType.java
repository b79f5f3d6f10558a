package org.fagai.credit.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * 行政相对人类别 (XK_XDR_LB / CF_XDR_LB) of the national 双公示 standard. It decides which party items are required:
 * see {@link Party#check}.
 */
enum PartyType {
    LEGAL_PERSON("法人及非法人组织"),
    NATURAL_PERSON("自然人"),
    INDIVIDUAL_BUSINESS("个体工商户");

    private final String label;

    PartyType(String label) {
        this.label = label;
    }

    /** The value written in the exchanged data. */
    public String label() {
        return label;
    }

    public String labelKey() {
        return "credit.partyType." + name();
    }

    /** By its label as exchanged (法人及非法人组织 …) or by its name (LEGAL_PERSON …). */
    static Optional<PartyType> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        return Arrays.stream(values()).filter(t -> t.label.equals(v) || t.name().equalsIgnoreCase(v)).findFirst();
    }

    /** The category a unified social credit code implies: 92… is an individual business (GB 32100 entity type). */
    static PartyType ofCreditCode(String creditCode) {
        return creditCode != null && creditCode.startsWith("92") ? INDIVIDUAL_BUSINESS : LEGAL_PERSON;
    }
}
