package org.fagai.planning.internal.annual;

import java.time.LocalDate;

/**
 * A task as its plan shows it: stored state (OPEN, CLOSED, CANCELLED, following the item's events) and, where the user
 * may see the item, its loop state and colour.
 */
record TaskView(long id, int seq, String title, LocalDate deadline, String state, LocalDate closedOn, Boolean onTime,
                String result, long itemId, String itemState, String colour, String leadUnitName, String leadPersonName) {

    public String stateKey() {
        return "planning.task.state." + state;
    }
}
