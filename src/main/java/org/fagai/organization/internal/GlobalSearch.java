package org.fagai.organization.internal;

import java.util.ArrayList;
import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.SearchHit;
import org.fagai.organization.SearchSource;
import org.springframework.stereotype.Component;

/** The header's search: asks every module's {@link SearchSource} within the signed-in user's data scope. */
@Component
class GlobalSearch {

    static final int MAX_QUERY = 100;
    static final int MIN_QUERY = 2;
    static final int PER_SOURCE = 20;

    private final List<SearchSource> sources;

    GlobalSearch(List<SearchSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The query as the sources receive it: trimmed, at most 100 characters; blank when too short to search. */
    static String normalize(String query) {
        String q = query == null ? "" : query.replace("\u0000", "").strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        return q.codePointCount(0, q.length()) < MIN_QUERY && !q.chars().allMatch(Character::isDigit) ? "" : q;
    }

    List<SearchHit> search(String query, CurrentUser user) {
        String q = normalize(query);
        if (q.isEmpty() || user == null || !user.role().searchesGlobally()) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        for (SearchSource source : sources) {
            hits.addAll(source.search(q, user, PER_SOURCE));
        }
        return hits;
    }
}
