package org.fagai.supervision;

/** An item was withdrawn from the loop (已撤销). */
public record ItemCancelled(long itemId, String sourceType, String sourceRef, String reason) {
}
