package org.fagai.shared;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A deadline counted in working days.
 *
 * @param deadline    the N-th working day after the start day
 * @param provisional {@code true} when the count crossed a year whose holidays are not yet announced, so only
 *                    weekends were known and the date may still move
 */
public record DateDeadline(LocalDate deadline, boolean provisional) {

    public DateDeadline {
        Objects.requireNonNull(deadline, "期限不能为空");
    }
}
