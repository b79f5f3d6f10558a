package org.fagai.supervision;

import java.time.OffsetDateTime;

/** One notice in a recipient's list, with his read status; its page is {@code /notices/{id}}. */
public record NoticeSummary(long id, String title, String publisherName, OffsetDateTime publishedAt, boolean read) {
}
