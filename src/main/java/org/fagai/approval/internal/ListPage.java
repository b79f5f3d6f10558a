package org.fagai.approval.internal;

import java.util.List;

/** One page of a list; page is zero-based. */
record ListPage<T>(List<T> items, long total, int page, int size) {
}
