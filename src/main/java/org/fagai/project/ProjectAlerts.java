package org.fagai.project;

/** What the home page tells a user about his key projects: warnings of the last judged month and overdue blockers. */
public interface ProjectAlerts {

    Alerts forCurrentUser();

    record Alerts(int year, String warningMonth, long red, long yellow, long overdueBlockers) {

        public boolean any() {
            return red + yellow + overdueBlockers > 0;
        }
    }
}
