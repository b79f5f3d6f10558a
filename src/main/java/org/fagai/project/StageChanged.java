package org.fagai.project;

import java.time.LocalDate;

/** A project moved forward in its life cycle on {@code on}; starting construction starts its progress rules. */
public record StageChanged(long projectId, ProjectStage stage, LocalDate on) {
}
