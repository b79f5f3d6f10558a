/**
 * Plans, livelihood and prices (规划计划): owns five-year plans with their indicators and evaluations, the annual plan and
 * special actions (tasks on the 督办 loop), 七有五性 indices, population targets by town, price monitoring and 价格认证.
 * Offers {@link org.fagai.planning.FiveYearPlans}, {@link org.fagai.planning.LivelihoodIndices} and {@link org.fagai.planning.PriceWarnings}.
 */
package org.fagai.planning;
