package org.fagai.attraction.internal;

/** The level of a signing event; 省级以上 (provincial or national) events are the major ones the seed counts. */
enum EventLevel {
    NATIONAL, PROVINCIAL, CITY, COUNTY;

    public boolean major() {
        return this == NATIONAL || this == PROVINCIAL;
    }

    public String labelKey() {
        return "attraction.level." + name();
    }
}
