package org.fagai.supervision;

import java.time.LocalDate;

/** An item was put on the loop. */
public record ItemAssigned(long itemId, String sourceType, String sourceRef, LocalDate deadline) {
}
