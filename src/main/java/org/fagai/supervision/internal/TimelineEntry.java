package org.fagai.supervision.internal;

import java.time.LocalDateTime;
import java.util.function.UnaryOperator;
import org.fagai.shared.ChinaTime;

/** A timeline line for the item page and API, at Beijing time. */
record TimelineEntry(LocalDateTime at, String kind, String actor, String note) {

    /** {@code sentences} shows a note the platform wrote (a stored sentence) in the reader's language. */
    static TimelineEntry of(Step s, UnaryOperator<String> sentences) {
        return new TimelineEntry(LocalDateTime.ofInstant(s.at(), ChinaTime.ZONE).withNano(0), s.kind().name(), s.actorName(),
                sentences.apply(s.note()));
    }
}
