package org.fagai.project.internal;

/** A new blocker: category, description, responsible department, and the days allowed to solve it. */
record BlockerInput(String category, String description, String department, Integer workingDays) {

    static final int DEFAULT_WORKING_DAYS = 10;
}
