package org.fagai.shared;

import java.io.Serializable;
import java.util.List;

/** Input that breaks a rule, with one Chinese message per offending field. */
public class FieldErrors extends RuntimeException {

    /** Serializable: a page hands it to the next request as a flash attribute, kept in the shared session store. */
    public record FieldError(String field, String message) implements Serializable {
    }

    private final transient List<FieldError> errors;

    public FieldErrors(List<FieldError> errors) {
        super(errors.isEmpty() ? "输入有误" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static FieldErrors of(String field, String message) {
        return new FieldErrors(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
