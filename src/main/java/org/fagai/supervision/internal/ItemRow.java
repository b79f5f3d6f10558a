package org.fagai.supervision.internal;

import java.time.LocalDate;
import org.fagai.supervision.Colour;
import org.fagai.supervision.ItemState;

/** One line of the item list. */
record ItemRow(long id, String title, String sourceType, Integer area, String leadUnitName, String leadPersonName,
               String supervisorName, LocalDate assignedOn, LocalDate deadline, ItemState state, Colour colour,
               String colourReason, boolean reportMissed, LocalDate closedOn, boolean extensionPending,
               Long problemId, Boolean closedOnTime) {

    /** Message key of the source's name; sources added by later modules show their code under 其他来源. */
    public String sourceKey() {
        return org.fagai.supervision.StandardSource.isStandard(sourceType) ? "supervision.source." + sourceType : "supervision.source.OTHER";
    }
}
