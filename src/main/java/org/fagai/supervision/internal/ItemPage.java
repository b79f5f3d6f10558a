package org.fagai.supervision.internal;

import java.util.List;

/** One page of the item list with the total of all matching rows; page is zero-based. */
record ItemPage(List<ItemRow> items, long total, int page, int size) {
}
