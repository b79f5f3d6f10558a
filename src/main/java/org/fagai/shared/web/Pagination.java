package org.fagai.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a page template needs to draw pager links that keep the list's filters. Page is zero-based.
 * The bounds of every list's {@code page} and {@code size} request parameters live here too
 * ({@link PageNumber}, {@link PageSize}): page × size always fits a database offset.
 */
public record Pagination(int page, int size, long total, Map<String, String> filters) {

    /** The most rows one page of any list (API or page) may ask for. */
    public static final int MAX_SIZE = 500;
    /** The last page number whose offset still fits an {@code int} at {@link #MAX_SIZE} rows. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE - 1;

    public Pagination {
        filters = new LinkedHashMap<>(filters);
        filters.values().removeIf(v -> v == null || v.isBlank());
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public String link(int targetPage) {
        return "?" + query() + (filters.isEmpty() ? "" : "&") + "page=" + targetPage + "&size=" + size;
    }

    /** Whether the list is sorted by {@code key} (the {@code sort} filter, "-key" or with {@code desc=true} for descending). */
    public boolean sortedBy(String key) {
        String sort = filters.get("sort");
        return sort != null && (sort.equals(key) || sort.equals("-" + key));
    }

    public boolean descending() {
        String sort = filters.get("sort");
        return (sort != null && sort.startsWith("-")) || "true".equals(filters.get("desc"));
    }

    /** The first page sorted by {@code key}: ascending, or reversed when already sorted by it ascending. */
    public String sortLink(String key) {
        Map<String, String> sorted = new LinkedHashMap<>(filters);
        sorted.remove("desc");
        boolean reverse = sortedBy(key) && !descending();
        sorted.put("sort", key);
        if (reverse) {
            sorted.put("desc", "true");
        }
        return new Pagination(0, size, total, sorted).link(0);
    }

    /** The filters alone, for an export link that must return the same rows. */
    public String query() {
        return filters.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
