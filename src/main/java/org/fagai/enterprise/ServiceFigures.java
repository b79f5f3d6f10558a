package org.fagai.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Enterprise service and safety of a region in figures, for the cockpit and the work summary. */
public interface ServiceFigures {

    /**
     * Between two dates, in the region: 服务包 coverage (with the seed's sentence), the demands raised and their three
     * rates, and the safety inspections with their hazards. Checks that the signed-in user (staff) may see the region.
     */
    Figures figures(LocalDate from, LocalDate to, String regionCode);

    /**
     * @param coverageRate            visited ÷ packages, %; null without packages
     * @param responseRate            %, null without routed demands (likewise the other two rates)
     * @param coverageSentence        "实现463家企业走访覆盖率100%" or what was reached
     */
    record Figures(LocalDate from, LocalDate to, String regionCode, long packages, long visited, BigDecimal coverageRate,
                   String coverageSentence, long demands, BigDecimal responseRate, BigDecimal resolutionRate,
                   BigDecimal satisfactionRate, long inspectedEnterprises, long inspections, long hazards, long majorHazards,
                   long hazardsClosed, long hazardsClosedOnTime) {
    }
}
