package org.fagai.project.internal.review;

import java.time.OffsetDateTime;

/** One review of a monthly report: the version it saw, the decision, the reason, who and when. */
public record ReviewEntry(long id, int version, ReviewDecision decision, String reason, String reviewedBy, OffsetDateTime reviewedAt) {
}
