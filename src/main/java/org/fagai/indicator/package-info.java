/**
 * Economic monitoring (经济运行): the indicator catalogue, cumulative values per region and period with 同比
 * growth, annual targets, warnings against targets and 序时进度, and district rankings.
 * {@link org.fagai.indicator.EconomicIndicators} is the API; everything else is internal.
 */
package org.fagai.indicator;
