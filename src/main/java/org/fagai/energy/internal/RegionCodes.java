package org.fagai.energy.internal;

import org.fagai.shared.FieldErrors;
import org.fagai.shared.InvalidCodeException;
import org.fagai.shared.RegionCode;
import org.fagai.shared.StoredText;

/** A region code from a request: 6 digits (GB/T 2260) or a 9-digit town, else a 400 naming the field. */
final class RegionCodes {

    private RegionCodes() {
    }

    static String checked(String field, String raw) {
        try {
            return RegionCode.of(raw == null ? "" : raw.strip()).value();
        } catch (InvalidCodeException e) {
            throw FieldErrors.of(field, StoredText.of("energy.error.regionInvalid", e.getMessage()));
        }
    }
}
