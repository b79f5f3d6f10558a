package org.fagai.project.internal.stoppages;

/** 停复工 steps: reported by the owner, confirmed by staff; resumption reported, then confirmed. */
public enum StoppageStatus {
    REPORTED, CONFIRMED, RESUME_REPORTED, RESUMED
}
