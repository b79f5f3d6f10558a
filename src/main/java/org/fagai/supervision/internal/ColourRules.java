package org.fagai.supervision.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.fagai.supervision.Colour;
import org.fagai.shared.StoredText;
import org.fagai.shared.WorkCalendar;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configurable thresholds of the loop: yellow within {@code yellowWorkingDays} working days of the deadline, and the
 * progress-report cycle (every {@code reportCycleMonths} months, due by the {@code reportDueWorkingDay}-th working day).
 */
@ConfigurationProperties("fagai.supervision")
record ColourRules(Integer yellowWorkingDays, Integer reportCycleMonths, Integer reportDueWorkingDay) {

    static final ColourRules DEFAULT = new ColourRules(3, 1, 5);

    ColourRules {
        yellowWorkingDays = bounded(yellowWorkingDays, 3, 0, 60, "yellow-working-days");
        reportCycleMonths = bounded(reportCycleMonths, 1, 1, 12, "report-cycle-months");
        reportDueWorkingDay = bounded(reportDueWorkingDay, 5, 1, 20, "report-due-working-day");
    }

    /** An open item's colour on a day, with its reason (none when green) as a {@link StoredText}. */
    record Verdict(Colour colour, String reason) {
    }

    /**
     * Red after the deadline; yellow within {@code yellowWorkingDays} working days of it (the deadline day included) or
     * with a missed milestone; green otherwise.
     */
    Verdict judge(LocalDate today, LocalDate deadline, List<Milestone> milestones, WorkCalendar calendar) {
        if (today.isAfter(deadline)) {
            return new Verdict(Colour.RED, StoredText.of("supervision.reason.overdue", deadline));
        }
        if (!deadline.isAfter(calendar.addWorkingDays(today, yellowWorkingDays).deadline())) {
            return new Verdict(Colour.YELLOW, StoredText.of("supervision.reason.nearDeadline", yellowWorkingDays));
        }
        return milestones.stream().filter(m -> m.missedOn(today)).findFirst()
                .map(late -> new Verdict(Colour.YELLOW, StoredText.of("supervision.reason.milestoneLate", late.title(), late.dueOn())))
                .orElse(new Verdict(Colour.GREEN, null));
    }

    /** The day by which the report following {@code day} is due: the N-th working day of the next cycle's month. */
    LocalDate reportDueAfter(LocalDate day, WorkCalendar calendar) {
        LocalDate monthStart = YearMonth.from(day).plusMonths(reportCycleMonths).atDay(1);
        return calendar.addWorkingDays(monthStart.minusDays(1), reportDueWorkingDay).deadline();
    }

    private static int bounded(Integer value, int fallback, int min, int max, String name) {
        int v = value == null ? fallback : value;
        if (v < min || v > max) {
            throw new IllegalArgumentException("fagai.supervision." + name + " 须在 " + min + "–" + max + " 之间：" + v);
        }
        return v;
    }
}
