package org.fagai.shared;

/**
 * A write lost a race against another one (a unique key another request took first): the client should reload
 * and try again. Answered as 409 with the Chinese reason, naming the field that collided.
 */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
