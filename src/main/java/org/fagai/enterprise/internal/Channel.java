package org.fagai.enterprise.internal;

/** How a demand came in: raised during a visit, by the enterprise's own account, or through the hotline. */
enum Channel {
    VISIT, ACCOUNT, HOTLINE
}
