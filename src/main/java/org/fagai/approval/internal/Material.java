package org.fagai.approval.internal;

/** One item of a kind's checklist of required materials; a secondary one may be missing at a 容缺受理. */
record Material(int position, String name, boolean secondary) {
}
