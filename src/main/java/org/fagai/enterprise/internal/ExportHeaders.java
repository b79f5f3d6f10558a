package org.fagai.enterprise.internal;

import java.util.Arrays;
import java.util.List;
import org.fagai.shared.web.MessageText;

/** An export's headers in the reader's language: one bundle key per sheet, the column names separated by |. */
final class ExportHeaders {

    private ExportHeaders() {
    }

    static List<String> of(MessageText text, String sheet) {
        return Arrays.asList(text.get("enterprise.export." + sheet + ".headers").split("\\|"));
    }
}
