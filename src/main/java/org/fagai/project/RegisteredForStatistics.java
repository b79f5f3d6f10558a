package org.fagai.project;

import java.time.LocalDate;

/** A project was registered in the fixed-asset investment statistics (入库) on {@code on}. */
public record RegisteredForStatistics(long projectId, LocalDate on) {
}
