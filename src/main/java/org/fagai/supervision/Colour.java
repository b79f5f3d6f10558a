package org.fagai.supervision;

/** 三色督办: green on schedule, yellow close to the deadline or a milestone missed, red overdue. */
public enum Colour {
    GREEN, YELLOW, RED;

    public String labelKey() {
        return "supervision.colour." + name();
    }
}
