package org.fagai.supervision;

import java.time.LocalDate;

/** The supervising officer verified an item: its source module may close its own record. */
public record ItemClosed(long itemId, String sourceType, String sourceRef, LocalDate closedOn, boolean onTime, String result) {
}
