package org.fagai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaginationTest {

    @Test
    void aColumnHeaderSortsAscendingThenReversesAndKeepsTheFilters() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("category", "LAND");
        Pagination unsorted = new Pagination(3, 20, 100, filters);
        assertThat(unsorted.sortLink("deadline")).isEqualTo("?category=LAND&sort=deadline&page=0&size=20");

        filters.put("sort", "deadline");
        Pagination ascending = new Pagination(0, 20, 100, filters);
        assertThat(ascending.sortedBy("deadline")).isTrue();
        assertThat(ascending.descending()).isFalse();
        assertThat(ascending.sortLink("deadline")).isEqualTo("?category=LAND&sort=deadline&desc=true&page=0&size=20");

        filters.put("desc", "true");
        Pagination descending = new Pagination(0, 20, 100, filters);
        assertThat(descending.descending()).isTrue();
        assertThat(descending.sortLink("deadline")).isEqualTo("?category=LAND&sort=deadline&page=0&size=20");
        assertThat(descending.sortLink("raised")).isEqualTo("?category=LAND&sort=raised&page=0&size=20");
    }

    @Test
    void aMinusPrefixMeansDescendingToo() {
        Pagination p = new Pagination(0, 20, 1, Map.of("sort", "-deadline"));
        assertThat(p.sortedBy("deadline")).isTrue();
        assertThat(p.descending()).isTrue();
    }
}
