package org.fagai.project.internal.review;

import org.fagai.shared.MaxLength;

/** A review as staff send it: {@code ACCEPTED} or {@code RETURNED}; a return needs its reason. */
public record ReviewInput(@MaxLength(20) String decision, @MaxLength(MaxLength.TEXT) String reason) {
}
