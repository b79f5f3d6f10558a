package org.fagai.attraction.internal;

/**
 * The filters of the lead list (API, pages and Excel export alike). {@code q}: investor or project name; {@code region}:
 * a region and all inside it; {@code year}: found in that year; {@code stalled}: only stalled leads; {@code dropped}:
 * true only dropped, false only active, null both; {@code sort} one of {@link LeadList#SORTS} ("-" first: descending).
 */
record LeadQuery(String q, String region, LeadStage stage, Origin origin, String chain, Long officerId, LeadSource source,
                 Integer year, Boolean stalled, Boolean dropped, String sort, int page, int size) {

    LeadQuery withPage(int newPage, int newSize) {
        return new LeadQuery(q, region, stage, origin, chain, officerId, source, year, stalled, dropped, sort, newPage, newSize);
    }
}
