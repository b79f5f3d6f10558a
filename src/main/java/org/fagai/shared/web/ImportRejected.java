package org.fagai.shared.web;

import java.util.List;
import org.fagai.shared.ReaderText;

/** An import with any bad row changes nothing; this carries every error found, answered as 422 (its summary in the reader's language). */
public class ImportRejected extends RuntimeException {

    private final transient List<ImportError> errors;

    public ImportRejected(List<ImportError> errors) {
        super(ReaderText.of("shared.problem.importDetail", errors.size()));
        this.errors = List.copyOf(errors);
    }

    public static ImportRejected of(String message) {
        return new ImportRejected(List.of(new ImportError(0, null, null, message)));
    }

    public List<ImportError> errors() {
        return errors;
    }
}
