package org.fagai.planning;

/** Where an indicator stands against its plan: the final target met, on the path to it, behind the path, or no actual yet. */
public enum ProgressStatus {
    ACHIEVED, ON_TRACK, BEHIND, NO_DATA;

    public String labelKey() {
        return "planning.status." + name();
    }
}
