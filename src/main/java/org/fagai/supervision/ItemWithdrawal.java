package org.fagai.supervision;

import org.fagai.shared.MaxLength;

/**
 * A source module withdraws an item it put on the loop because its record was settled another way (a blocker resolved
 * directly while a meeting decision on it was still followed). {@code sourceType} and {@code sourceRef} must be the
 * item's own; the reason goes onto the item's timeline and into the audit log.
 */
public record ItemWithdrawal(@MaxLength(40) String sourceType, @MaxLength(100) String sourceRef, @MaxLength(500) String reason) {
}
