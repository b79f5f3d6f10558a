package org.fagai.project.internal.stoppages;

import java.time.LocalDate;
import org.fagai.shared.MaxLength;

/** A resumption: {@code {"on":"2024-04-20","note":"资金已到位"}}; staff confirming the owner's may leave the date out. */
public record ResumeInput(LocalDate on, @MaxLength(MaxLength.TEXT) String note) {
}
