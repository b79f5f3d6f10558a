package org.fagai.planning.internal.price;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fagai.shared.SpecialDay;
import org.fagai.shared.WorkCalendar;
import org.fagai.shared.WorkingHours;
import org.junit.jupiter.api.Test;

/** Collection days from the official 2026 schedule: weekly on Mondays, daily from 7 days before a holiday to its end. */
class CollectionCycleTest {

    /** The State Council's 2026 notice: 元旦 1-1…1-3 (1-4 worked), 春节 2-15…2-23 (2-14 and 2-28 worked), 清明 4-4…4-6. */
    private static WorkCalendar calendar2026() {
        List<SpecialDay> days = new ArrayList<>();
        for (int d = 1; d <= 3; d++) {
            days.add(new SpecialDay(LocalDate.of(2026, 1, d), "元旦", true));
        }
        days.add(new SpecialDay(LocalDate.of(2026, 1, 4), "元旦", false));
        days.add(new SpecialDay(LocalDate.of(2026, 2, 14), "春节", false));
        for (int d = 15; d <= 23; d++) {
            days.add(new SpecialDay(LocalDate.of(2026, 2, d), "春节", true));
        }
        days.add(new SpecialDay(LocalDate.of(2026, 2, 28), "春节", false));
        for (int d = 4; d <= 6; d++) {
            days.add(new SpecialDay(LocalDate.of(2026, 4, d), "清明节", true));
        }
        return new WorkCalendar(days, Set.of(2026), WorkingHours.DEFAULT);
    }

    private final CollectionCycle cycle = new CollectionCycle(calendar2026(), DayOfWeek.MONDAY, 7);

    @Test
    void theHolidaysAreTheCalendarsRunsOfDaysOffAndIgnoreAdjustedWorkingDays() {
        assertThat(cycle.holidays(2026)).containsExactly(
                new HolidayPeriod("元旦", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3)),
                new HolidayPeriod("春节", LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23)),
                new HolidayPeriod("清明节", LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 6)));
    }

    @Test
    void pricesAreCollectedDailyFromSevenDaysBeforeTheSpringFestivalToItsLastDayOff() {
        assertThat(cycle.frequency(LocalDate.of(2026, 2, 7))).isEqualTo(CollectionCycle.Frequency.NONE);  // a Saturday
        assertThat(cycle.frequency(LocalDate.of(2026, 2, 8))).isEqualTo(CollectionCycle.Frequency.DAILY);
        assertThat(cycle.dailyWindow(LocalDate.of(2026, 2, 8)).orElseThrow().name()).isEqualTo("春节");
        assertThat(cycle.frequency(LocalDate.of(2026, 2, 23))).isEqualTo(CollectionCycle.Frequency.DAILY);
        assertThat(cycle.frequency(LocalDate.of(2026, 2, 24))).isEqualTo(CollectionCycle.Frequency.NONE);  // a Tuesday
        assertThat(cycle.collectionDays(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 3))).hasSize(1 + 16 + 1)
                .startsWith(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 8))
                .endsWith(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 2));
    }

    @Test
    void outsideHolidaysOnlyTheWeeklyDayIsACollectionDay() {
        assertThat(cycle.collectionDays(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 27)))
                .containsExactly(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 16),
                        LocalDate.of(2026, 3, 23));
        // 清明节 starts on 4-4: daily collection from Saturday 3-28
        assertThat(cycle.dailyWindow(LocalDate.of(2026, 3, 28)).orElseThrow().name()).isEqualTo("清明节");
    }

    @Test
    void theDailyWindowOfNewYearStartsInTheOldYear() {
        assertThat(cycle.frequency(LocalDate.of(2025, 12, 25))).isEqualTo(CollectionCycle.Frequency.DAILY);
        assertThat(cycle.frequency(LocalDate.of(2025, 12, 24))).isEqualTo(CollectionCycle.Frequency.NONE);
        assertThat(cycle.previousCollectionDay(LocalDate.of(2026, 2, 8))).contains(LocalDate.of(2026, 2, 2));
    }

    @Test
    void aLongerLeadStartsTheDailyCollectionEarlier() {
        CollectionCycle fortnight = new CollectionCycle(calendar2026(), DayOfWeek.FRIDAY, 14);
        assertThat(fortnight.frequency(LocalDate.of(2026, 2, 1))).isEqualTo(CollectionCycle.Frequency.DAILY);
        assertThat(fortnight.frequency(LocalDate.of(2026, 3, 6))).isEqualTo(CollectionCycle.Frequency.WEEKLY);
    }
}
