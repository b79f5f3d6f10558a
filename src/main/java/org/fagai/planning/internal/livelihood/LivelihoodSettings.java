package org.fagai.planning.internal.livelihood;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 七有五性 settings ({@code fagai.planning.livelihood.*}).
 *
 * @param normalisation EFFICACY (功效系数法, default), MIN_MAX or TARGET — see {@link Normalisation}
 * @param weakest       how many weakest indicators a district's result names (3)
 */
@ConfigurationProperties("fagai.planning.livelihood")
record LivelihoodSettings(@DefaultValue("EFFICACY") Normalisation normalisation, @DefaultValue("3") int weakest) {
}
