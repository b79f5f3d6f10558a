package org.fagai.supervision;

import java.time.LocalDate;

/** The lead person signed for an item (签收): its source module may count the response (e.g. a demand's 响应率). */
public record ItemSigned(long itemId, String sourceType, String sourceRef, LocalDate signedOn) {
}
