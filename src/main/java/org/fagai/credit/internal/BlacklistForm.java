package org.fagai.credit.internal;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A new entry of the dishonesty list; validTo empty = until removed. */
record BlacklistForm(String entityName, String creditCode, String listType, String reason, String sourceDocument,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo) {

    static BlacklistForm empty() {
        return new BlacklistForm("", "", "", "", "", null, null);
    }
}
