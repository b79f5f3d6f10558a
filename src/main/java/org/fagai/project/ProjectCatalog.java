package org.fagai.project;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Finds key projects by their investment project code, for other modules (e.g. approvals linking them). */
public interface ProjectCatalog {

    Optional<ProjectRef> findByCode(String code);

    /** The projects with these codes, in one query (a list page's linked projects); unknown codes are left out. */
    List<ProjectRef> findByCodes(Collection<String> codes);

    /** Up to {@code limit} projects of a region (a city with its districts), by code: for other modules' project pickers. */
    List<ProjectRef> inRegion(String regionCode, int limit);
}
