package org.fagai.attraction.internal;

/** A step the lead's life cycle does not allow now (409), with the reason in Chinese. */
class LeadRefused extends RuntimeException {

    LeadRefused(String message) {
        super(message);
    }
}
