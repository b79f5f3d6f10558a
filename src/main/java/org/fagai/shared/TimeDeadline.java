package org.fagai.shared;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A deadline counted in working time.
 *
 * @param deadline    the moment the working time runs out
 * @param provisional {@code true} when the count crossed a year whose holidays are not yet announced, so only
 *                    weekends were known and the moment may still move
 */
public record TimeDeadline(LocalDateTime deadline, boolean provisional) {

    public TimeDeadline {
        Objects.requireNonNull(deadline, "期限不能为空");
    }
}
