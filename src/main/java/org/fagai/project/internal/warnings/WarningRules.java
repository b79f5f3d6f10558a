package org.fagai.project.internal.warnings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.fagai.project.WarningColour;
import org.fagai.project.internal.settings.WarningThresholds;
import org.fagai.shared.Percent;
import org.fagai.shared.Period;

/** The 红黄绿灯 rules of DOMAIN.md, evaluated at the end of a month; the worst colour wins. */
public final class WarningRules {

    /** Fixed-asset investment statistics register projects of at least 500万元 (入库). */
    public static final BigDecimal STATISTICS_THRESHOLD = BigDecimal.valueOf(500);

    private WarningRules() {
    }

    static Warning evaluate(WarningFacts facts, YearMonth month, WarningThresholds limits) {
        WarningColour colour = WarningColour.GREEN;
        List<String> reasons = new ArrayList<>();
        LocalDate monthEnd = month.atEndOfMonth();
        boolean started = facts.stage().isStarted() && (facts.actualStart() == null || !facts.actualStart().isAfter(monthEnd));

        if (started && facts.annualPlan() != null && facts.annualPlan().signum() > 0) {
            BigDecimal completion = Percent.ofOrZero(facts.yearToDate(), facts.annualPlan());
            BigDecimal timeProgress = Period.monthly(month).timeProgressPercent();
            BigDecimal gap = timeProgress.subtract(completion);
            WarningColour progress = WarningColour.of(limits.progressBands().judge(gap));
            if (progress != WarningColour.GREEN) {
                reasons.add("年度计划完成" + completion.toPlainString() + "%，落后序时进度" + timeProgress.toPlainString()
                        + "%共" + gap.toPlainString() + "个百分点");
            }
            colour = colour.worse(progress);
        }

        if (!started && facts.plannedStart() != null && !month.isBefore(facts.plannedStart())) {
            long late = ChronoUnit.MONTHS.between(facts.plannedStart(), month);
            WarningColour lateStart = late >= limits.lateStartRedMonths() ? WarningColour.RED : WarningColour.YELLOW;
            reasons.add("计划" + facts.plannedStart().getYear() + "年" + facts.plannedStart().getMonthValue() + "月开工，"
                    + (late == 0 ? "当月未开工" : "已逾期" + late + "个月未开工"));
            colour = colour.worse(lateStart);
        }

        boolean needsRegistration = facts.totalInvestment() != null
                && facts.totalInvestment().compareTo(STATISTICS_THRESHOLD) >= 0;
        boolean registered = facts.registeredOn() != null && !facts.registeredOn().isAfter(monthEnd);
        if (started && facts.actualStart() != null && needsRegistration && !registered) {
            long since = ChronoUnit.MONTHS.between(YearMonth.from(facts.actualStart()), month);
            if (since >= limits.unregisteredYellowMonths()) {
                WarningColour unregistered = since >= limits.unregisteredRedMonths() ? WarningColour.RED : WarningColour.YELLOW;
                reasons.add("开工" + since + "个月仍未入库");
                colour = colour.worse(unregistered);
            }
        }
        return new Warning(colour, List.copyOf(reasons));
    }

}
