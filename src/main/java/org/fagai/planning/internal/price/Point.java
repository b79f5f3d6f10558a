package org.fagai.planning.internal.price;

/** A monitoring point (a market, supermarket, wholesale market, fuel station, farm) in a district. */
record Point(int id, String code, String name, String kind, String regionCode, String address, Long collectorId,
             boolean enabled) {
}
