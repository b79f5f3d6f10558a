package org.fagai.organization;

import java.util.List;

/**
 * SPI of the header's global search: each module that owns searchable records (projects by code or name,
 * applications by number or applicant, enterprises by name or credit code …) implements it in its internal package,
 * within the user's data scope. {@code query} is trimmed and at most 100 characters; return at most {@code limit} hits.
 */
public interface SearchSource {

    List<SearchHit> search(String query, CurrentUser user, int limit);
}
