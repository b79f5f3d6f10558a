package org.fagai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Working-day arithmetic against the official State Council schedules for 2023–2026 (2027 not announced).
 * Every expected date below was checked against src/main/resources/reference/holidays/*.json.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkCalendarTest {

    private static final WorkCalendar CALENDAR = HolidayFiles.calendar();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static LocalDateTime at(String iso) {
        return LocalDateTime.parse(iso);
    }

    private static LocalDate workingDays(String from, int n) {
        return CALENDAR.addWorkingDays(date(from), n).deadline();
    }

    private static LocalDateTime workingHours(String from, int hours) {
        return CALENDAR.addWorkingHours(at(from), hours).deadline();
    }

    @Nested
    class The_official_schedule {

        @Test
        void lists_exactly_these_weekend_days_as_adjusted_working_days() {
            Map<Integer, List<LocalDate>> adjusted = new TreeMap<>();
            for (HolidayFiles.YearFile file : HolidayFiles.readAll()) {
                List<LocalDate> days = new ArrayList<>();
                for (SpecialDay day : file.days()) {
                    if (!day.offDay()) {
                        days.add(day.date());
                    }
                }
                adjusted.put(file.year(), days);
            }
            assertThat(adjusted.get(2023)).containsExactly(date("2023-01-28"), date("2023-01-29"),
                    date("2023-04-23"), date("2023-05-06"), date("2023-06-25"), date("2023-10-07"), date("2023-10-08"));
            assertThat(adjusted.get(2024)).containsExactly(date("2024-02-04"), date("2024-02-18"),
                    date("2024-04-07"), date("2024-04-28"), date("2024-05-11"), date("2024-09-14"), date("2024-09-29"),
                    date("2024-10-12"));
            assertThat(adjusted.get(2025)).containsExactly(date("2025-01-26"), date("2025-02-08"),
                    date("2025-04-27"), date("2025-09-28"), date("2025-10-11"));
            assertThat(adjusted.get(2026)).containsExactly(date("2026-01-04"), date("2026-02-14"),
                    date("2026-02-28"), date("2026-05-09"), date("2026-09-20"), date("2026-10-10"));
            assertThat(adjusted.get(2027)).isEmpty();
        }

        @Test
        void makes_every_adjusted_weekend_day_a_working_day_with_its_holiday_name() {
            assertThat(CALENDAR.isWorkday(date("2023-01-28"))).isTrue(); // Saturday
            assertThat(CALENDAR.isWorkday(date("2023-01-29"))).isTrue(); // Sunday
            assertThat(CALENDAR.isWorkday(date("2024-02-04"))).isTrue(); // Sunday
            assertThat(CALENDAR.isWorkday(date("2024-09-29"))).isTrue(); // Sunday
            assertThat(CALENDAR.isWorkday(date("2025-01-26"))).isTrue(); // Sunday
            assertThat(CALENDAR.isWorkday(date("2026-01-04"))).isTrue(); // Sunday
            assertThat(CALENDAR.isWorkday(date("2026-02-14"))).isTrue(); // Saturday
            assertThat(CALENDAR.isWorkday(date("2026-02-28"))).isTrue(); // Saturday
            assertThat(CALENDAR.isWorkday(date("2026-09-20"))).isTrue(); // Sunday
            assertThat(CALENDAR.dayName(date("2024-09-29"))).contains("国庆节");
            assertThat(CALENDAR.dayName(date("2025-01-26"))).contains("春节");
            assertThat(CALENDAR.dayName(date("2026-01-04"))).contains("元旦");
        }

        @Test
        void agrees_with_every_entry_of_every_file() {
            for (HolidayFiles.YearFile file : HolidayFiles.readAll()) {
                for (SpecialDay day : file.days()) {
                    assertThat(CALENDAR.isWorkday(day.date())).as(day.toString()).isEqualTo(!day.offDay());
                    assertThat(CALENDAR.dayName(day.date())).as(day.toString()).contains(day.name());
                }
            }
        }

        @Test
        void keeps_holidays_that_span_a_weekend_as_days_off() {
            // 劳动节 2023: Sat 04-29 to Wed 05-03
            assertThat(CALENDAR.isWorkday(date("2023-04-29"))).isFalse();
            assertThat(CALENDAR.isWorkday(date("2023-04-30"))).isFalse();
            assertThat(CALENDAR.isWorkday(date("2023-05-01"))).isFalse();
            assertThat(CALENDAR.isWorkday(date("2023-05-03"))).isFalse();
            assertThat(CALENDAR.isWorkday(date("2023-05-04"))).isTrue();
            // 端午节 2025: Sat 05-31 to Mon 06-02
            assertThat(CALENDAR.isWorkday(date("2025-05-30"))).isTrue();
            assertThat(CALENDAR.dayName(date("2025-05-31"))).contains("端午节");
            assertThat(CALENDAR.isWorkday(date("2025-06-02"))).isFalse();
            assertThat(CALENDAR.isWorkday(date("2025-06-03"))).isTrue();
            // 春节 2026: Sun 02-15 to Mon 02-23 takes in two weekends
            assertThat(CALENDAR.isWorkday(date("2026-02-21"))).isFalse();
            assertThat(CALENDAR.isWorkday(date("2026-02-23"))).isFalse();
            assertThat(CALENDAR.isWorkday(date("2026-02-24"))).isTrue();
        }

        @Test
        void treats_ordinary_weekdays_and_weekends_without_a_name() {
            assertThat(CALENDAR.isWorkday(date("2024-03-05"))).isTrue(); // Tuesday
            assertThat(CALENDAR.isWorkday(date("2024-03-09"))).isFalse(); // Saturday
            assertThat(CALENDAR.dayName(date("2024-03-05"))).isEmpty();
            assertThat(CALENDAR.dayName(date("2024-03-09"))).isEmpty();
        }

        @Test
        void includes_the_2022_12_31_new_year_day_off_listed_in_the_2023_file() {
            assertThat(HolidayFiles.read(2023).days()).first()
                    .isEqualTo(new SpecialDay(date("2022-12-31"), "元旦", true));
            assertThat(CALENDAR.isWorkday(date("2022-12-31"))).isFalse();
            assertThat(CALENDAR.dayName(date("2022-12-31"))).contains("元旦");
            assertThat(CALENDAR.isWorkday(date("2023-01-02"))).isFalse(); // Monday, 元旦
            // Friday 2022-12-30 plus one working day skips the whole New Year break; 2022 itself is not announced.
            assertThat(CALENDAR.addWorkingDays(date("2022-12-30"), 1))
                    .isEqualTo(new DateDeadline(date("2023-01-03"), true));
        }

        @Test
        void knows_which_years_are_announced() {
            assertThat(CALENDAR.isAnnounced(2023)).isTrue();
            assertThat(CALENDAR.isAnnounced(2026)).isTrue();
            assertThat(CALENDAR.isAnnounced(2027)).isFalse();
            assertThat(CALENDAR.isAnnounced(2022)).isFalse();
        }
    }

    @Nested
    class A_deadline_in_working_days {

        @Test
        void does_not_count_the_start_day_and_counts_the_adjusted_sunday_before_national_day_2024() {
            // The issue's example: Sun 09-29 is a working day, 10-01..10-07 is the holiday.
            assertThat(CALENDAR.addWorkingDays(date("2024-09-27"), 3))
                    .isEqualTo(new DateDeadline(date("2024-10-08"), false));
        }

        @Test
        void is_the_start_day_itself_for_zero_days() {
            assertThat(workingDays("2024-10-03", 0)).isEqualTo(date("2024-10-03"));
        }

        @Test
        void skips_an_ordinary_weekend() {
            assertThat(workingDays("2024-03-08", 1)).isEqualTo(date("2024-03-11"));
            assertThat(workingDays("2024-03-05", 7)).isEqualTo(date("2024-03-14"));
        }

        @Test
        void crosses_spring_festival_2023_ending_on_the_adjusted_sunday() {
            // Fri 01-20, holiday 01-21..01-27, then Sat 01-28 and Sun 01-29 are working days.
            assertThat(workingDays("2023-01-19", 3)).isEqualTo(date("2023-01-29"));
        }

        @Test
        void crosses_spring_festival_2024() {
            // Fri 02-09, holiday 02-10..02-17, Sun 02-18 working, Mon 02-19.
            assertThat(workingDays("2024-02-08", 3)).isEqualTo(date("2024-02-19"));
        }

        @Test
        void crosses_spring_festival_2025() {
            // Sat 01-25 off, Sun 01-26 working, Mon 01-27, holiday 01-28..02-04, Wed 02-05.
            assertThat(workingDays("2025-01-24", 3)).isEqualTo(date("2025-02-05"));
        }

        @Test
        void crosses_spring_festival_2026() {
            // Fri 02-13, Sat 02-14 working, holiday 02-15..02-23, Tue 02-24.
            assertThat(workingDays("2026-02-12", 3)).isEqualTo(date("2026-02-24"));
        }

        @Test
        void crosses_national_day_2023_ending_on_the_adjusted_sunday() {
            // Thu 09-28, holiday 09-29..10-06, Sat 10-07 and Sun 10-08 working.
            assertThat(workingDays("2023-09-27", 3)).isEqualTo(date("2023-10-08"));
        }

        @Test
        void crosses_national_day_2024_for_the_seven_day_double_publicity_limit() {
            // Holiday 10-01..10-07; 10-08..10-11, Sat 10-12 working, Sun 10-13 off, 10-14, 10-15.
            assertThat(workingDays("2024-09-30", 7)).isEqualTo(date("2024-10-15"));
        }

        @Test
        void crosses_national_day_2025() {
            // Sat 09-27 off, Sun 09-28 working, 09-29, 09-30, holiday 10-01..10-08, 10-09, 10-10, Sat 10-11 working.
            assertThat(workingDays("2025-09-26", 6)).isEqualTo(date("2025-10-11"));
        }

        @Test
        void crosses_national_day_2026() {
            // Holiday 10-01..10-07, Thu 10-08, Fri 10-09, Sat 10-10 working.
            assertThat(workingDays("2026-09-30", 3)).isEqualTo(date("2026-10-10"));
        }

        @Test
        void crosses_mid_autumn_2026_which_is_separate_from_national_day() {
            assertThat(workingDays("2026-09-24", 2)).isEqualTo(date("2026-09-29"));
        }

        @Test
        void is_due_at_the_end_of_the_nth_working_day() {
            LocalDate deadline = workingDays("2024-09-27", 3);
            assertThat(CALENDAR.endOfWorkday(deadline)).isEqualTo(at("2024-10-08T18:00"));
            WorkCalendar summer = HolidayFiles.calendar(WorkingHours.parse("08:30-12:00,14:30-17:30"));
            assertThat(summer.endOfWorkday(deadline)).isEqualTo(at("2024-10-08T17:30"));
        }

        @Test
        void is_provisional_when_it_reaches_an_unannounced_year() {
            // 2027 is not announced, so 2027-01-01 (Friday) counts as an ordinary working day for now.
            assertThat(CALENDAR.addWorkingDays(date("2026-12-28"), 10))
                    .isEqualTo(new DateDeadline(date("2027-01-11"), true));
            assertThat(CALENDAR.addWorkingDays(date("2027-03-01"), 1).provisional()).isTrue();
        }

        @Test
        void is_not_provisional_within_announced_years() {
            assertThat(CALENDAR.addWorkingDays(date("2026-12-28"), 3))
                    .isEqualTo(new DateDeadline(date("2026-12-31"), false));
            assertThat(CALENDAR.addWorkingDays(date("2023-01-03"), 900).provisional()).isFalse();
        }

        @Test
        void rejects_negative_or_absurd_counts() {
            assertThatThrownBy(() -> CALENDAR.addWorkingDays(date("2024-01-02"), -1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CALENDAR.addWorkingDays(date("2024-01-02"), 10_001))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(CALENDAR.addWorkingDays(date("2024-01-02"), 10_000).provisional()).isTrue();
        }

        @Test
        void stops_instead_of_looping_forever_on_a_calendar_without_working_days() {
            List<SpecialDay> allOff = new ArrayList<>();
            for (LocalDate d = date("2030-01-01"); d.isBefore(date("2045-01-01")); d = d.plusDays(1)) {
                allOff.add(new SpecialDay(d, "停工", true));
            }
            WorkCalendar broken = new WorkCalendar(allOff, Set.of(), WorkingHours.DEFAULT);
            assertThatThrownBy(() -> broken.addWorkingDays(date("2030-01-01"), 1))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> broken.addWorkingMinutes(at("2030-01-01T09:00"), 1))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    class A_deadline_in_working_hours {

        @Test
        void counts_the_adjusted_sunday_in_the_issue_example() {
            // Fri 16:00-18:00 is 2 h, Sat 09-28 off, Sun 09-29 09:00-12:00 and 13:00-16:00 are 6 h.
            assertThat(CALENDAR.addWorkingHours(at("2024-09-27T16:00"), 8))
                    .isEqualTo(new TimeDeadline(at("2024-09-29T16:00"), false));
        }

        @Test
        void skips_the_lunch_break() {
            assertThat(workingHours("2024-03-05T11:00", 2)).isEqualTo(at("2024-03-05T14:00"));
            assertThat(CALENDAR.addWorkingMinutes(at("2024-03-05T11:59"), 2).deadline())
                    .isEqualTo(at("2024-03-05T13:01"));
        }

        @Test
        void ends_at_the_end_of_a_period_not_at_the_start_of_the_next() {
            assertThat(workingHours("2024-03-05T10:00", 2)).isEqualTo(at("2024-03-05T12:00"));
            assertThat(workingHours("2024-03-05T09:00", 8)).isEqualTo(at("2024-03-05T18:00"));
            // 4 h on Fri 02-09 and all 8 h of the adjusted Sunday 02-18 end at its 18:00.
            assertThat(workingHours("2024-02-09T14:00", 12)).isEqualTo(at("2024-02-18T18:00"));
        }

        @Test
        void skips_an_ordinary_weekend() {
            assertThat(workingHours("2024-03-08T17:00", 2)).isEqualTo(at("2024-03-11T10:00"));
        }

        @Test
        void crosses_national_day_2025_for_a_twelve_hour_project_proposal() {
            // Tue 09-30 15:00-18:00 is 3 h, holiday 10-01..10-08, Thu 10-09 8 h, Fri 10-10 09:00-10:00.
            assertThat(workingHours("2025-09-30T15:00", 12)).isEqualTo(at("2025-10-10T10:00"));
        }

        @Test
        void crosses_spring_festival_2023_into_the_adjusted_saturday() {
            assertThat(workingHours("2023-01-20T17:30", 8)).isEqualTo(at("2023-01-28T17:30"));
        }

        @Test
        void counts_the_adjusted_saturday_before_spring_festival_2026() {
            assertThat(workingHours("2026-02-13T16:00", 8)).isEqualTo(at("2026-02-14T16:00"));
        }

        @Test
        void starts_at_nine_when_submitted_before_nine() {
            assertThat(workingHours("2024-03-05T07:30", 1)).isEqualTo(at("2024-03-05T10:00"));
        }

        @Test
        void starts_at_one_when_submitted_during_lunch() {
            assertThat(workingHours("2024-03-05T12:30", 1)).isEqualTo(at("2024-03-05T14:00"));
        }

        @Test
        void starts_the_next_working_morning_when_submitted_after_six() {
            assertThat(workingHours("2024-03-05T19:00", 1)).isEqualTo(at("2024-03-06T10:00"));
        }

        @Test
        void starts_after_the_holiday_when_submitted_on_a_holiday() {
            assertThat(workingHours("2024-10-03T10:00", 8)).isEqualTo(at("2024-10-08T18:00"));
            assertThat(workingHours("2024-10-03T10:00", 9)).isEqualTo(at("2024-10-09T10:00"));
        }

        @Test
        void keeps_seconds_of_the_start_moment() {
            assertThat(CALENDAR.addWorkingMinutes(at("2024-03-05T10:15:30"), 90).deadline())
                    .isEqualTo(at("2024-03-05T11:45:30"));
        }

        @Test
        void is_the_start_moment_itself_for_zero_minutes() {
            assertThat(CALENDAR.addWorkingMinutes(at("2024-10-03T10:00"), 0).deadline()).isEqualTo(at("2024-10-03T10:00"));
        }

        @Test
        void follows_configured_working_hours() {
            WorkCalendar summer = HolidayFiles.calendar(WorkingHours.parse("08:30-12:00,14:30-17:30"));
            // Fri 16:30-17:30 is 1 h, Mon 03-11 08:30-12:00 is 3.5 h, then 14:30-16:00.
            assertThat(summer.addWorkingHours(at("2024-03-08T16:30"), 6).deadline()).isEqualTo(at("2024-03-11T16:00"));
        }

        @Test
        void is_provisional_when_it_reaches_an_unannounced_year() {
            assertThat(CALENDAR.addWorkingHours(at("2026-12-31T17:00"), 2))
                    .isEqualTo(new TimeDeadline(at("2027-01-01T10:00"), true));
            assertThat(CALENDAR.addWorkingHours(at("2026-12-31T09:00"), 8))
                    .isEqualTo(new TimeDeadline(at("2026-12-31T18:00"), false));
        }

        @Test
        void rejects_negative_or_absurd_amounts() {
            assertThatThrownBy(() -> CALENDAR.addWorkingHours(at("2024-03-05T09:00"), -1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CALENDAR.addWorkingMinutes(at("2024-03-05T09:00"), 10_000L * 480 + 1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Working_minutes_between_two_moments {

        @Test
        void count_only_working_time() {
            assertThat(CALENDAR.workingMinutesBetween(at("2024-09-27T16:00"), at("2024-09-29T16:00"))).isEqualTo(480);
            assertThat(CALENDAR.workingMinutesBetween(at("2024-03-08T17:00"), at("2024-03-11T10:00"))).isEqualTo(120);
            assertThat(CALENDAR.workingMinutesBetween(at("2024-03-05T11:30"), at("2024-03-05T13:30"))).isEqualTo(60);
            assertThat(CALENDAR.workingMinutesBetween(at("2024-10-01T00:00"), at("2024-10-08T00:00"))).isZero();
            assertThat(CALENDAR.workingMinutesBetween(at("2024-09-30T00:00"), at("2024-10-09T00:00"))).isEqualTo(2 * 480);
        }

        @Test
        void are_zero_when_the_end_is_not_after_the_start() {
            assertThat(CALENDAR.workingMinutesBetween(at("2024-03-05T10:00"), at("2024-03-05T10:00"))).isZero();
            assertThat(CALENDAR.workingMinutesBetween(at("2024-03-05T11:00"), at("2024-03-05T10:00"))).isZero();
        }

        @Test
        void undo_adding_working_minutes_across_2023_to_2026() {
            long[] amounts = {1, 59, 60, 180, 181, 480, 481, 720, 2_400, 9_601};
            LocalDateTime start = at("2022-12-30T08:17");
            for (LocalDateTime t = start; t.getYear() <= 2026; t = t.plusMinutes(7 * 60 + 13)) {
                for (long m : amounts) {
                    LocalDateTime deadline = CALENDAR.addWorkingMinutes(t, m).deadline();
                    assertThat(CALENDAR.workingMinutesBetween(t, deadline)).as("%s + %d min", t, m).isEqualTo(m);
                    assertThat(CALENDAR.workingMinutesBetween(t, deadline.minusMinutes(1))).as("%s + %d min", t, m)
                            .isEqualTo(m - 1);
                }
            }
        }
    }

    @Nested
    class Working_hours {

        @Test
        void default_to_nine_to_twelve_and_one_to_six() {
            assertThat(WorkingHours.parse("09:00-12:00,13:00-18:00")).isEqualTo(WorkingHours.DEFAULT);
            assertThat(WorkingHours.DEFAULT.minutesPerDay()).isEqualTo(480);
            assertThat(WorkingHours.DEFAULT.format()).isEqualTo("09:00-12:00,13:00-18:00");
        }

        @Test
        void accept_single_digit_hours_spaces_and_chinese_commas() {
            WorkingHours hours = WorkingHours.parse(" 8:30 - 12:00，14:30-17:30 ");
            assertThat(hours.periods()).containsExactly(
                    new WorkingHours.WorkingPeriod(LocalTime.of(8, 30), LocalTime.of(12, 0)),
                    new WorkingHours.WorkingPeriod(LocalTime.of(14, 30), LocalTime.of(17, 30)));
            assertThat(hours.minutesPerDay()).isEqualTo(390);
        }

        @Test
        void reject_overlapping_or_unordered_periods_in_chinese() {
            assertThatThrownBy(() -> WorkingHours.parse("09:00-12:00,11:00-18:00"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("不能重叠");
            assertThatThrownBy(() -> WorkingHours.parse("13:00-18:00,09:00-12:00"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("先后");
            assertThatThrownBy(() -> WorkingHours.parse("18:00-09:00"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("早于");
        }

        @Test
        void reject_malformed_text_in_chinese() {
            assertThatThrownBy(() -> WorkingHours.parse("")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("不能为空");
            assertThatThrownBy(() -> WorkingHours.parse("9点到12点")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("格式错误");
            assertThatThrownBy(() -> WorkingHours.parse("09:00-25:00")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("格式错误");
            assertThatThrownBy(() -> new WorkingHours(List.of())).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void a_date_cannot_be_both_a_day_off_and_a_working_day() {
        LocalDate d = date("2024-09-29");
        assertThatThrownBy(() -> new WorkCalendar(
                List.of(new SpecialDay(d, "国庆节", false), new SpecialDay(d, "国庆节", true)), Set.of(2024), WorkingHours.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
