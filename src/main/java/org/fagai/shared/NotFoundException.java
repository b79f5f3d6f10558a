package org.fagai.shared;

/** A thing asked for by code or id does not exist (or is outside the caller's data scope). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
