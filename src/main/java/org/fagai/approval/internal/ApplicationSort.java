package org.fagai.approval.internal;

/** The columns the application list sorts by; the remaining time sorts as the deadline does. */
enum ApplicationSort {
    RECEIVED("receivedAt"), ACCEPTED("acceptedAt"), DEADLINE("countdown.deadline"), CLOSED("outcome.closedAt");

    private final String property;

    ApplicationSort(String property) {
        this.property = property;
    }

    /** The HQL order of {@code alias}: this column (empty ones last), then the newest first for a stable page. */
    String order(String alias, boolean descending) {
        return " order by " + alias + "." + property + (descending ? " desc" : " asc") + " nulls last, " + alias + ".id desc";
    }
}
