package org.fagai.shared;

/** How a cumulative statistical period is counted. */
public enum PeriodKind {
    /** 1–N月累计 (monthly figures; January and February are released together as 1–2月). */
    MONTHLY_CUMULATIVE,
    /** 一季度, 上半年, 前三季度, 全年 (GDP and other quarterly figures). */
    QUARTERLY_CUMULATIVE
}
