package org.fagai.supervision.internal;

import org.fagai.shared.StoredText;
import java.util.ArrayList;
import java.util.List;
import org.fagai.shared.FieldErrors;
import org.fagai.supervision.Colour;
import org.fagai.supervision.ItemState;

/** Filters, order and page of the item list; every field bounded (a 400 naming the field otherwise). Page is zero-based. */
record ItemQuery(String source, ItemState state, Colour colour, Long unit, Integer year, Integer area, Long problemList,
                 String q, String sort, int page, int size) {

    static final int MAX_SIZE = 200;
    static final int MAX_EXPORT = 20_000;
    static final List<String> SORTS = List.of("deadline", "-deadline", "assigned", "-assigned", "colour", "id");

    ItemQuery {
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        if (source != null && !source.isBlank() && !source.matches("[A-Z][A-Z0-9_]{1,39}")) {
            errors.add(new FieldErrors.FieldError("source", StoredText.of("supervision.error.source", source)));
        }
        if (year != null && (year < 2000 || year > 2100)) {
            errors.add(new FieldErrors.FieldError("year", StoredText.of("supervision.error.year", year)));
        }
        if (area != null && (area < 1 || area > 20)) {
            errors.add(new FieldErrors.FieldError("area", StoredText.of("supervision.error.area", area)));
        }
        if (q != null && q.length() > 100) {
            errors.add(new FieldErrors.FieldError("q", StoredText.of("supervision.error.keyword")));
        }
        if (sort != null && !sort.isBlank() && !SORTS.contains(sort)) {
            errors.add(new FieldErrors.FieldError("sort", StoredText.of("supervision.error.sort", String.join(", ", SORTS), sort)));
        }
        if (page < 0 || page > 100_000) {
            errors.add(new FieldErrors.FieldError("page", StoredText.of("supervision.error.page", page)));
        }
        if (size < 1 || size > MAX_EXPORT) {
            errors.add(new FieldErrors.FieldError("size", StoredText.of("supervision.error.size", MAX_SIZE, size)));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        source = source == null || source.isBlank() ? null : source;
        q = q == null || q.isBlank() ? null : q.strip();
        sort = sort == null || sort.isBlank() ? "deadline" : sort;
    }

    /** For the API and pages: at most {@link #MAX_SIZE} rows a page. */
    ItemQuery requirePageSize() {
        if (size > MAX_SIZE) {
            throw FieldErrors.of("size", StoredText.of("supervision.error.size", MAX_SIZE, size));
        }
        return this;
    }

    ItemQuery all() {
        return new ItemQuery(source, state, colour, unit, year, area, problemList, q, sort, 0, MAX_EXPORT);
    }
}
