package org.fagai.approval.internal;

/** A step the application's life cycle does not allow now (answered 409 Conflict). The message is Chinese. */
class RuleViolation extends RuntimeException {

    RuleViolation(String message) {
        super(message);
    }
}
