package org.fagai.project.internal.blockers;

import org.fagai.shared.MaxLength;

/** A new blocker: category, description, responsible department, and the days allowed to solve it. */
public record BlockerInput(@MaxLength(20) String category, @MaxLength(MaxLength.TEXT) String description,
                    @MaxLength(100) String department, Integer workingDays) {

    static final int DEFAULT_WORKING_DAYS = 10;
}
