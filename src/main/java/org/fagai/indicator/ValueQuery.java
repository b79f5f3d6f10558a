package org.fagai.indicator;

/** Filters of the value list; blank means any. Page is zero-based. */
public record ValueQuery(String indicatorCode, String regionCode, Integer year, int page, int size) {
}
