package org.fagai.project;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds key projects by their investment project code, for other modules (e.g. approvals linking them). */
public interface ProjectCatalog {

    Optional<ProjectRef> findByCode(String code);

    /** The projects with these codes, in one query (a list page's linked projects); unknown codes are left out. */
    List<ProjectRef> findByCodes(Collection<String> codes);

    /**
     * 开工至今累计完成投资 (万元) of these projects, by code: the investment completed before the platform plus every month
     * reported since (the current version of each); unknown codes are left out. One query, for other modules' rates.
     */
    Map<String, BigDecimal> completedInvestment(Collection<String> codes);

    /** Up to {@code limit} projects of a region (a city with its districts), by code: for other modules' project pickers. */
    List<ProjectRef> inRegion(String regionCode, int limit);
}
