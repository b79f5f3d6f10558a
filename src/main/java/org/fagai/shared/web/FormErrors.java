package org.fagai.shared.web;

import org.fagai.shared.ReaderText;
import java.util.List;
import org.fagai.shared.FieldErrors;
import org.springframework.validation.BindingResult;

/** Turns a form's binding and validation failures into the error list the pages show. */
public final class FormErrors {

    private FormErrors() {
    }

    public static List<FieldErrors.FieldError> of(BindingResult result) {
        return result.getFieldErrors().stream()
                .map(f -> new FieldErrors.FieldError(f.getField(),
                        f.isBindingFailure() ? ReaderText.of("shared.error.malformed", f.getField()) : f.getDefaultMessage()))
                .toList();
    }
}
