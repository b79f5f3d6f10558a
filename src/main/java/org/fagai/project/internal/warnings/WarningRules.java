package org.fagai.project.internal.warnings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.fagai.project.WarningColour;
import org.fagai.project.internal.milestones.MilestoneKind;
import org.fagai.project.internal.settings.WarningThresholds;
import org.fagai.shared.Percent;
import org.fagai.shared.Period;
import org.fagai.shared.StoredText;

/**
 * The 红黄绿灯 rules of DOMAIN.md, evaluated at the end of a month; the worst colour wins. A project not started whose
 * planned start is at most two months ahead (or past) while required 前期手续 are missing is yellow too.
 */
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
                reasons.add(StoredText.of("project.warning.reason.behind", completion.toPlainString(), timeProgress.toPlainString(),
                        gap.toPlainString()));
            }
            colour = colour.worse(progress);
        }

        if (!started && facts.plannedStart() != null && !month.isBefore(facts.plannedStart())) {
            long late = ChronoUnit.MONTHS.between(facts.plannedStart(), month);
            WarningColour lateStart = late >= limits.lateStartRedMonths() ? WarningColour.RED : WarningColour.YELLOW;
            reasons.add(late == 0 ? StoredText.of("project.warning.reason.notStarted", plannedStart(facts))
                    : StoredText.of("project.warning.reason.lateStart", plannedStart(facts, late)));
            colour = colour.worse(lateStart);
        }

        if (!started && facts.milestones() != null) {
            List<MilestoneKind> missing = facts.milestones().missingBeforeStart(facts.plannedStart(), month);
            if (!missing.isEmpty()) {
                reasons.add(StoredText.of("project.warning.reason.missingMilestones", plannedStart(facts, StoredText.list(
                        "shared.listSeparator", missing.stream().map(k -> StoredText.label(k.labelKey())).toList()))));
                colour = colour.worse(WarningColour.YELLOW);
            }
        }

        boolean needsRegistration = facts.totalInvestment() != null
                && facts.totalInvestment().compareTo(STATISTICS_THRESHOLD) >= 0;
        boolean registered = facts.registeredOn() != null && !facts.registeredOn().isAfter(monthEnd);
        if (started && facts.actualStart() != null && needsRegistration && !registered) {
            long since = ChronoUnit.MONTHS.between(YearMonth.from(facts.actualStart()), month);
            if (since >= limits.unregisteredYellowMonths()) {
                WarningColour unregistered = since >= limits.unregisteredRedMonths() ? WarningColour.RED : WarningColour.YELLOW;
                reasons.add(StoredText.of("project.warning.reason.unregistered", since));
                colour = colour.worse(unregistered);
            }
        }
        if (facts.stopped() != null) {
            reasons.add(0, StoredText.of("project.warning.reason.stopped", facts.stopped().from(), facts.stopped().reason()));
            colour = colour.worse(WarningColour.YELLOW);
        }
        return new Warning(colour, List.copyOf(reasons));
    }

    /** The planned start as the sentences take it: its year, its month and the two as 2024-06 (the English sentence's). */
    private static Object[] plannedStart(WarningFacts facts, Object... more) {
        YearMonth start = facts.plannedStart();
        List<Object> args = new ArrayList<>(List.of(start.getYear(), start.getMonthValue(), start.toString()));
        args.addAll(List.of(more));
        return args.toArray();
    }

}
