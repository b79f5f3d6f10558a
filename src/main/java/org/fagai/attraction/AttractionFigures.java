package org.fagai.attraction;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The attraction figures of a period and region (a city with its districts), for dashboards and briefs. Amounts in 万元. */
public interface AttractionFigures {

    Summary summary(LocalDate from, LocalDate to, String regionCode);

    /**
     * @param trips            trips led by the principal Party or government leaders (党政主要领导外出招商)
     * @param negotiations     negotiation meetings held (召开洽谈会)
     * @param majorEvents      provincial or national signing events attended (省级以上重大签约活动)
     * @param signedProjects   projects first signed in the period (each counted once, at its first signing)
     * @param agreedInvestment the investment those projects' agreements in force state (协议投资, 万元)
     * @param sentence         the seed's sentence generated from these figures
     */
    record Summary(LocalDate from, LocalDate to, String region, String regionName, long trips, long negotiations,
                   long majorEvents, long signedProjects, BigDecimal agreedInvestment, String sentence) {
    }
}
