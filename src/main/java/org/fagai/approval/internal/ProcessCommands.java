package org.fagai.approval.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.fagai.shared.MaxLength;
import org.springframework.format.annotation.DateTimeFormat;

/** The commands of the steps between acceptance and decision; {@code at} empty = now, as for every step. */
final class ProcessCommands {

    private ProcessCommands() {
    }

    /** A review step: {@code step} is the position of the step waiting now; RETURN goes back to {@code returnTo} (default the previous). */
    record Review(Integer step, ReviewStep.Decision decision, @MaxLength(MaxLength.TEXT) String opinion, Integer returnTo,
                  @MaxLength(50) String nextAssignee, @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime at) {
    }

    /** 征求意见 of departments of the platform (by id) and outside it (by name); {@code workingDays} empty = the kind's. */
    record Consult(List<Long> departmentIds, List<String> outsideDepartments, Integer workingDays,
                   @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime at) {
    }

    /** A stop of the clock from {@code from} (or {@code at}; empty = now), with its reason and document. */
    record Stop(StopKind kind, @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime from,
                @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime at, @MaxLength(MaxLength.TEXT) String reason,
                Long documentId) {

        LocalDateTime moment() {
            return from != null ? from : at;
        }
    }

    /** What is recorded at a moment with an optional document: an answer, a material supplied, the end of a stop. */
    record Record(@MaxLength(MaxLength.TEXT) String opinion, Long documentId,
                  @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime at) {

        static Record now() {
            return new Record(null, null, null);
        }
    }
}
