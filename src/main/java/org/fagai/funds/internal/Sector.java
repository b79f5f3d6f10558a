package org.fagai.funds.internal;

/** A sector (投向领域) from table {@code funds_sector}: on the special-bond negative list, or allowed as project capital. */
record Sector(String code, String name, boolean negative, String negativeReason, boolean capitalAllowed) {
}
