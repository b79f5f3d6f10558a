package org.fagai.project.internal.stoppages;

import java.time.LocalDate;

/** A stop was confirmed or ended: the project's warnings from {@code since} on are judged again. */
public record StoppageChanged(long projectId, LocalDate since) {
}
