package org.fagai.funds;

import java.math.BigDecimal;
import java.util.Map;

/** The year's funds account of a region (a city with its districts), for dashboards and briefs. Amounts in 万元. */
public interface FundsAccount {

    Summary summary(int year, String regionCode);

    /** Counts and sums of one step: declared (count, total investment, requested), approved (… approved amount), allocated, spent. */
    record Figures(long count, BigDecimal totalInvestment, BigDecimal amount) {

        public static final Figures NONE = new Figures(0, BigDecimal.ZERO, BigDecimal.ZERO);

        public Figures plus(Figures other) {
            return new Figures(count + other.count, totalInvestment.add(other.totalInvestment), amount.add(other.amount));
        }
    }

    record Line(Figures declared, Figures approved, Figures allocated, Figures spent) {

        public static final Line NONE = new Line(Figures.NONE, Figures.NONE, Figures.NONE, Figures.NONE);

        public Line plus(Line other) {
            return new Line(declared.plus(other.declared), approved.plus(other.approved), allocated.plus(other.allocated),
                    spent.plus(other.spent));
        }
    }

    /**
     * @param superiorRequested asked in the channels counted as 中央预算及上级资金
     * @param sentence          the seed's sentence generated from these figures
     */
    record Summary(int year, String regionCode, String regionName, Map<FundChannel, Line> channels, Line total,
                   BigDecimal superiorRequested, String sentence) {
    }
}
