package org.fagai.attraction.internal;

import org.fagai.shared.CreditCode;

/** Where the investor comes from: outside the city but in the province (市外), another province (省外), abroad (境外). */
enum Origin {
    OUTSIDE_CITY, OUTSIDE_PROVINCE, FOREIGN;

    public String labelKey() {
        return "attraction.origin." + name();
    }

    /**
     * The origin a domestic investor's unified social credit code states: its positions 3–8 are the registering region;
     * another province is 省外, the same province 市外 (a registrant in the landing city itself is also put here — the
     * list has no 本地 — and the officer corrects it).
     */
    static Origin ofInvestor(String creditCode, String landingRegion) {
        String registered = CreditCode.of(creditCode).value().substring(2, 4);
        return registered.equals(landingRegion.substring(0, 2)) ? OUTSIDE_CITY : OUTSIDE_PROVINCE;
    }
}
