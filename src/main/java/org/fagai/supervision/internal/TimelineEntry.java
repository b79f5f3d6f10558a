package org.fagai.supervision.internal;

import java.time.Instant;

/** A timeline line for the item page and API. */
record TimelineEntry(Instant at, String kind, String actor, String note) {

    static TimelineEntry of(Step s) {
        return new TimelineEntry(s.at(), s.kind().name(), s.actorName(), s.note());
    }
}
