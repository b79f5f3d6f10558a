package org.fagai.project.internal.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A line of a project's change history. */
record ProjectEvent(String kind, LocalDate happenedOn, String detail, String actor, OffsetDateTime at) {
}
