package org.fagai.credit.internal;

import java.time.LocalDate;

/** A new entry of the dishonesty list; validTo empty = until removed. */
record BlacklistForm(String entityName, String creditCode, String listType, String reason, String sourceDocument,
                     LocalDate validFrom, LocalDate validTo) {

    static BlacklistForm empty() {
        return new BlacklistForm("", "", "", "", "", null, null);
    }
}
