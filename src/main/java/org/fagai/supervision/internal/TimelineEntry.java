package org.fagai.supervision.internal;

import java.time.LocalDateTime;
import org.fagai.shared.ChinaTime;

/** A timeline line for the item page and API, at Beijing time. */
record TimelineEntry(LocalDateTime at, String kind, String actor, String note) {

    static TimelineEntry of(Step s) {
        return new TimelineEntry(LocalDateTime.ofInstant(s.at(), ChinaTime.ZONE).withNano(0), s.kind().name(), s.actorName(), s.note());
    }
}
