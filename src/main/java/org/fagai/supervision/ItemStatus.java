package org.fagai.supervision;

import java.time.LocalDate;

/** Where an item stands, for a source module's list that shows the state of many items at once. */
public record ItemStatus(long id, ItemState state, Colour colour, LocalDate deadline, String leadPersonName) {
}
