package org.fagai.enterprise.internal;

import java.util.List;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.web.ImportRejected;

/** A refused upload (the shared guard's reason) as the form's error beside its file field. */
final class UploadErrors {

    private UploadErrors() {
    }

    static List<FieldErrors.FieldError> of(String field, ImportRejected refused) {
        return refused.errors().stream().map(e -> new FieldErrors.FieldError(field, e.message())).toList();
    }
}
