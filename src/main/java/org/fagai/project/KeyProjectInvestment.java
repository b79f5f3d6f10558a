package org.fagai.project;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The key projects' contribution to investment: a region's, for economic monitoring and the brief; single projects', for 招商. */
public interface KeyProjectInvestment {

    /**
     * 重点项目年初至今完成投资 (万元) of the projects on a list of {@code year} in the region (a city with its districts),
     * January to {@code month}, each project once; empty while that month's warnings are not judged yet.
     */
    Optional<BigDecimal> completedYearToDate(String regionCode, int year, int month);

    /**
     * 开工至今累计完成投资 (万元) of the projects with these investment project codes, by code, in one query (e.g. the money in
     * place of the signed investments that became these projects); unknown codes are left out.
     */
    Map<String, BigDecimal> completedSinceStart(Collection<String> codes);
}
