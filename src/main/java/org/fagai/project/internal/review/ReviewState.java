package org.fagai.project.internal.review;

/**
 * Where a monthly report stands: no report yet, awaiting review (never reviewed, or corrected since it was returned or
 * accepted), accepted, or returned. A review holds for the version it saw; a newer version waits for its own.
 */
public enum ReviewState {
    NOT_REPORTED, PENDING, ACCEPTED, RETURNED;

    static ReviewState of(Integer currentVersion, ReviewEntry latest) {
        if (currentVersion == null) {
            return NOT_REPORTED;
        }
        if (latest == null || latest.version() < currentVersion) {
            return PENDING;
        }
        return latest.decision() == ReviewDecision.ACCEPTED ? ACCEPTED : RETURNED;
    }

    public String labelKey() {
        return "project.review.state." + name();
    }
}
