package org.fagai.project;

import java.math.BigDecimal;
import java.util.Optional;

/** The key projects' contribution to a region's investment, for economic monitoring and the brief. */
public interface KeyProjectInvestment {

    /**
     * 重点项目年初至今完成投资 (万元) of the projects on a list of {@code year} in the region (a city with its districts),
     * January to {@code month}, each project once; empty while that month's warnings are not judged yet.
     */
    Optional<BigDecimal> completedYearToDate(String regionCode, int year, int month);
}
