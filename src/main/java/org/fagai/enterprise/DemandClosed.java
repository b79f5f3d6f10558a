package org.fagai.enterprise;

/** A demand (诉求) was closed after its return visit; {@code satisfaction} is SATISFIED, BASIC or UNSATISFIED. */
public record DemandClosed(long demandId, String creditCode, String category, String satisfaction, boolean resolved) {
}
