package org.fagai.project.internal.stoppages;

import java.time.LocalDate;
import org.fagai.shared.MaxLength;

/** A stop: {@code {"from":"2024-03-05","reason":"资金未到位","expectedResume":"2024-05-01"}}. */
public record StoppageInput(LocalDate from, @MaxLength(MaxLength.TEXT) String reason, LocalDate expectedResume) {
}
