package org.fagai.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fagai.shared.SpecialDay;
import org.fagai.shared.WorkCalendar;
import org.fagai.shared.WorkingHours;

/** The real 2024 autumn schedule: 中秋 (9-14 worked, 15–17 off) and 国庆 (9-29 worked, 10-1…10-7 off, 10-12 worked). */
final class Calendars {

    private Calendars() {
    }

    static WorkCalendar autumn2024() {
        List<SpecialDay> days = new ArrayList<>();
        days.add(new SpecialDay(LocalDate.of(2024, 9, 14), "中秋节", false));
        for (int d = 15; d <= 17; d++) {
            days.add(new SpecialDay(LocalDate.of(2024, 9, d), "中秋节", true));
        }
        days.add(new SpecialDay(LocalDate.of(2024, 9, 29), "国庆节", false));
        for (int d = 1; d <= 7; d++) {
            days.add(new SpecialDay(LocalDate.of(2024, 10, d), "国庆节", true));
        }
        days.add(new SpecialDay(LocalDate.of(2024, 10, 12), "国庆节", false));
        return new WorkCalendar(days, Set.of(2024), WorkingHours.DEFAULT);
    }
}
