package org.fagai.credit.internal;

import org.fagai.shared.StoredText;
import java.time.LocalDate;

/** Filters of the disclosure lists; null fields do not filter. type: LICENSE or PENALTY. Page is zero-based. */
record DisclosureQuery(String type, Boolean published, String keyword, LocalDate from, LocalDate to, int page, int size) {

    DisclosureQuery {
        type = type == null || type.isBlank() ? "LICENSE" : type.strip().toUpperCase();
        if (type.equals("LICENCE")) {
            type = "LICENSE";
        }
        if (!type.equals("LICENSE") && !type.equals("PENALTY")) {
            throw new IllegalArgumentException(StoredText.of("credit.error.disclosureType"));
        }
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, 100_000);
    }

    boolean licences() {
        return type.equals("LICENSE");
    }
}
