package org.fagai.project.internal;

import java.math.BigDecimal;

/** A month's report: {@code {"month":"2023-06","completedInvestment":1234.56,"siteStatus":"…","problems":"…"}} (万元). */
record ProgressInput(String month, BigDecimal completedInvestment, String siteStatus, String problems) {
}
