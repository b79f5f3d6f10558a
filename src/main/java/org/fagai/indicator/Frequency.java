package org.fagai.indicator;

/** How often an indicator is published: monthly 1-N月 cumulative, or quarterly (一季度, 上半年, 前三季度, 全年). */
public enum Frequency {
    MONTHLY, QUARTERLY
}
