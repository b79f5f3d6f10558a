package org.fagai.project.internal.photos;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

/** What a reviewer is told about a site photo before trusting it. */
public enum PhotoFlag {
    /** Its EXIF capture time lies outside the month it is reported for. */
    OUTSIDE_MONTH,
    /** The same picture (same bytes, or a perceptual hash within a few bits) was already used, by any project. */
    DUPLICATE,
    /** It carries no capture time, so when it was taken cannot be checked. */
    NO_CAPTURE_TIME;

    /** The one rule of a photo's month: the month of its capture time, on the camera's clock. */
    static boolean outsideMonth(LocalDateTime takenAt, YearMonth reportedMonth) {
        return takenAt != null && !YearMonth.from(takenAt).equals(reportedMonth);
    }

    static Set<PhotoFlag> of(LocalDateTime takenAt, boolean outsideMonth, boolean duplicate) {
        Set<PhotoFlag> flags = EnumSet.noneOf(PhotoFlag.class);
        if (outsideMonth) {
            flags.add(OUTSIDE_MONTH);
        }
        if (duplicate) {
            flags.add(DUPLICATE);
        }
        if (takenAt == null) {
            flags.add(NO_CAPTURE_TIME);
        }
        return flags;
    }
}
