package org.fagai.supervision.internal;

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
            errors.add(new FieldErrors.FieldError("source", "来源代码无效：" + source));
        }
        if (year != null && (year < 2000 || year > 2100)) {
            errors.add(new FieldErrors.FieldError("year", "年份须在 2000–2100 之间：" + year));
        }
        if (area != null && (area < 1 || area > 20)) {
            errors.add(new FieldErrors.FieldError("area", "工作领域须在 1–20 之间：" + area));
        }
        if (q != null && q.length() > 100) {
            errors.add(new FieldErrors.FieldError("q", "关键词不超过100字"));
        }
        if (sort != null && !sort.isBlank() && !SORTS.contains(sort)) {
            errors.add(new FieldErrors.FieldError("sort", "排序须为 " + String.join("、", SORTS) + " 之一：" + sort));
        }
        if (page < 0 || page > 100_000) {
            errors.add(new FieldErrors.FieldError("page", "页码须在 0–100000 之间：" + page));
        }
        if (size < 1 || size > MAX_EXPORT) {
            errors.add(new FieldErrors.FieldError("size", "每页条数须在 1–" + MAX_SIZE + " 之间：" + size));
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
            throw FieldErrors.of("size", "每页条数须在 1–" + MAX_SIZE + " 之间：" + size);
        }
        return this;
    }

    ItemQuery all() {
        return new ItemQuery(source, state, colour, unit, year, area, problemList, q, sort, 0, MAX_EXPORT);
    }
}
