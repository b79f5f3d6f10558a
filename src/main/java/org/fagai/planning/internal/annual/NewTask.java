package org.fagai.planning.internal.annual;

import java.time.LocalDate;
import org.fagai.shared.MaxLength;
import org.springframework.format.annotation.DateTimeFormat;

/** A task of an annual plan or a special action, put on the 督办 loop: a deadline date or N working days. */
record NewTask(@MaxLength(300) String title, @MaxLength(4000) String content, Long leadUnitId, Long leadPersonId,
               Long supervisorId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline, Integer workingDays) {
}
