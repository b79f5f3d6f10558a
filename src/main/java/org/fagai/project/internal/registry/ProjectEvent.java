package org.fagai.project.internal.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A line of a project's change history; its detail a stored sentence (show it with {@code @fmt.stored}). */
public record ProjectEvent(String kind, LocalDate happenedOn, String detail, String actor, OffsetDateTime at) {

    ProjectEvent withDetail(String shown) {
        return new ProjectEvent(kind, happenedOn, shown, actor, at);
    }
}
