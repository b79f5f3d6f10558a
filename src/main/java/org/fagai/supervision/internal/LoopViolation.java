package org.fagai.supervision.internal;

/** A step the item's life cycle does not allow now (answered 409 Conflict). The message is a stored sentence. */
class LoopViolation extends RuntimeException {

    LoopViolation(String message) {
        super(message);
    }
}
