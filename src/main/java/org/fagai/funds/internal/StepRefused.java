package org.fagai.funds.internal;

/** A step the life cycle does not allow now, or dated before the previous one (answered 409). The message is a stored sentence. */
class StepRefused extends RuntimeException {

    StepRefused(String message) {
        super(message);
    }
}
