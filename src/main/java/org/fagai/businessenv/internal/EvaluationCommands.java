package org.fagai.businessenv.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.CalendarYear;

/** The commands of the evaluation's API and pages. */
final class EvaluationCommands {

    private EvaluationCommands() {
    }

    record IndicatorChange(BigDecimal weight, Long memberUnitId) {
    }

    /** A county's values for a year, by second-level indicator code (sending a value again corrects it). */
    record Values(@CalendarYear Integer year, @MaxLength(6) String regionCode, Map<String, BigDecimal> values) {
    }

    /** A value from outside the city (e.g. the province's best) joining the comparison set of one indicator. */
    record Benchmark(@CalendarYear Integer year, @MaxLength(10) String indicatorCode, @MaxLength(100) String label,
                     BigDecimal value) {
    }

    /** Puts the year's data collection on the loop: one item per member unit, due in {@code workingDays}. */
    record StartCollection(@CalendarYear Integer year, Integer workingDays) {
    }

    /** A reform-policy version (e.g. 6.0版) with its tasks, each put on the loop. */
    record ReformVersion(@MaxLength(50) String name, @CalendarYear Integer year, @MaxLength(200) String title,
                         List<ReformTask> tasks) {
    }

    record ReformTask(@MaxLength(300) String title, Long unitId, Long personId, LocalDate deadline) {
    }
}
