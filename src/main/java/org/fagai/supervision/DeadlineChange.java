package org.fagai.supervision;

import java.time.LocalDate;
import org.fagai.shared.MaxLength;

/**
 * A source module moves the deadline of an item it put on the loop because its own rule moved the date (a 信访 case's
 * statutory extension of its answer date). {@code sourceType} and {@code sourceRef} must be the item's own: a module
 * moves only its own items. The reason goes onto the item's timeline and into the audit log.
 */
public record DeadlineChange(@MaxLength(40) String sourceType, @MaxLength(100) String sourceRef, LocalDate deadline,
                             @MaxLength(500) String reason) {
}
