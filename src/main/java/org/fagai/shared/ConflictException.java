package org.fagai.shared;

import java.util.List;

/**
 * Input that collides with what another request stored first (a project code taken, a month's report updated
 * meanwhile): the client should reload and try again. It is a {@link FieldErrors}, so forms and imports show it
 * like any other field error, while the API answers 409 with the Chinese reason.
 */
public class ConflictException extends FieldErrors {

    public ConflictException(String field, String message) {
        super(List.of(new FieldError(field, message)));
    }

    public String field() {
        return errors().get(0).field();
    }
}
