/**
 * Value types every module uses, each owning its rule: codes (CreditCode, RegionCode, IndustryCode, ProjectCode),
 * Money in 万元, cumulative Periods with 序时进度, and WorkCalendar deadline arithmetic; web support in {@code shared.web}.
 */
package org.fagai.shared;
