package org.fagai.attraction.internal;

/** Where the investor comes from: outside the city but in the province (市外), another province (省外), abroad (境外). */
enum Origin {
    OUTSIDE_CITY, OUTSIDE_PROVINCE, FOREIGN;

    public String labelKey() {
        return "attraction.origin." + name();
    }
}
