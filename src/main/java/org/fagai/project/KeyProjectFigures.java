package org.fagai.project;

import java.math.BigDecimal;
import org.fagai.shared.Money;

/** A year's key-project list of a region in figures, for the cockpit and the work summary. Amounts in 万元. */
public interface KeyProjectFigures {

    /**
     * The projects on the {@code level} list of {@code year} located in the region (a city with its districts): counts,
     * investment, year-to-date completion and colours at the year's warning month, open and overdue blockers today.
     * Checks that the signed-in user may see the region.
     */
    Figures figures(int year, ProjectLevel level, String regionCode);

    /**
     * @param warningMonth the month the colours and year-to-date were judged on (yyyy-MM), null before any
     * @param completion   year-to-date ÷ planned, %; null without a plan
     * @param timeProgress 序时进度 of the warning month, %
     */
    record Figures(int year, ProjectLevel level, String regionCode, long count, BigDecimal totalInvestment, long newCount,
                   BigDecimal newTotalInvestment, BigDecimal planned, BigDecimal yearToDate, String warningMonth,
                   BigDecimal completion, BigDecimal timeProgress, long red, long yellow, long green, long blockersOpen,
                   long blockersOverdue) {

        /** The seed's sentence: 2023年实施市级重点项目1185个，总投资2299.67亿元。其中，新建项目541个，总投资1108.77亿元。 */
        public String sentence() {
            return sentence(year, level, count, totalInvestment, newCount, newTotalInvestment);
        }

        public static String sentence(int year, ProjectLevel level, long count, BigDecimal total, long newCount,
                                      BigDecimal newTotal) {
            String levelWord = level == null ? "" : level.adjective();
            return year + "年实施" + levelWord + "重点项目" + count + "个，总投资" + Money.ofWan(total).formatYi() + "。其中，新建项目"
                    + newCount + "个，总投资" + Money.ofWan(newTotal).formatYi() + "。";
        }
    }
}
