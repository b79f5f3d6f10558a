package org.fagai.credit.internal;

import java.io.Serializable;
import java.time.LocalDate;
import org.fagai.shared.MaxLength;
import org.springframework.format.annotation.DateTimeFormat;

/** A new entry of the dishonesty list; validTo empty = until removed. */
record BlacklistForm(@MaxLength(200) String entityName, @MaxLength(50) String creditCode, @MaxLength(100) String listType,
                     @MaxLength(MaxLength.TEXT) String reason, @MaxLength(300) String sourceDocument,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo) implements Serializable {

    static BlacklistForm empty() {
        return new BlacklistForm("", "", "", "", "", null, null);
    }
}
