package org.fagai.planning.internal.population;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Population control settings ({@code fagai.planning.population.*}).
 *
 * @param ceilingYellowPercent a town at this share of its ceiling or more (in %) is yellow; above the ceiling red (98)
 */
@ConfigurationProperties("fagai.planning.population")
record PopulationSettings(@DefaultValue("98") BigDecimal ceilingYellowPercent) {
}
