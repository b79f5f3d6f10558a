package org.fagai.calendar.internal;

import org.fagai.shared.StoredText;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.fagai.calendar.DayInfo;
import org.fagai.calendar.DayKind;
import org.fagai.calendar.YearSchedule;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.shared.DateDeadline;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.TimeDeadline;
import org.fagai.shared.web.ApiController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1/calendar")
class CalendarApiController {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final WorkingCalendar calendar;

    CalendarApiController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/days/{date}")
    DayAnswer day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        DayInfo day = calendar.day(date);
        return new DayAnswer(day.date(), day.workday(), day.name());
    }

    @GetMapping(path = "/deadline", params = "workingDays")
    DaysDeadlineAnswer deadlineInDays(@RequestParam String from, @RequestParam int workingDays) {
        LocalDate start = parseDate(from);
        if (workingDays < 0 || workingDays > 1000) {
            throw FieldErrors.of("workingDays", StoredText.of("calendar.error.workingDays"));
        }
        DateDeadline deadline = calendar.current().addWorkingDays(start, workingDays);
        return new DaysDeadlineAnswer(start, workingDays, deadline.deadline(), deadline.provisional());
    }

    @GetMapping(path = "/deadline", params = "workingHours")
    HoursDeadlineAnswer deadlineInHours(@RequestParam String from, @RequestParam int workingHours) {
        LocalDateTime start = parseDateTime(from);
        if (workingHours < 0 || workingHours > 8000) {
            throw FieldErrors.of("workingHours", StoredText.of("calendar.error.workingHours"));
        }
        TimeDeadline deadline = calendar.current().addWorkingHours(start, workingHours);
        return new HoursDeadlineAnswer(MINUTES.format(start), workingHours, MINUTES.format(deadline.deadline()),
                deadline.provisional());
    }

    @GetMapping("/deadline")
    DaysDeadlineAnswer deadlineWithoutLimit() {
        throw FieldErrors.of("workingDays", StoredText.of("calendar.error.durationRequired"));
    }

    /** Administrators: make one day a holiday, an adjusted working day, or ordinary again. */
    @PutMapping("/days/{date}")
    DayAnswer setDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                     @Valid @RequestBody DayChange change) {
        if (change.kind() == null) {
            throw FieldErrors.of("kind", StoredText.of("calendar.error.kindRequired"));
        }
        calendar.setDay(date, change.kind(), change.name());
        return day(date);
    }

    /** Administrators: load or replace one year's schedule (JSON in the holiday-cn schema). */
    @PostMapping(path = "/schedules", consumes = MediaType.APPLICATION_JSON_VALUE)
    YearSchedule importSchedule(@RequestBody byte[] json) {
        if (json.length > CalendarController.MAX_SCHEDULE_BYTES) {
            throw FieldErrors.of("file", StoredText.of("calendar.error.fileTooLarge"));
        }
        return calendar.importSchedule(json);
    }

    @GetMapping("/schedules")
    List<YearSchedule> schedules() {
        return calendar.years();
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw FieldErrors.of("from", StoredText.of("calendar.error.fromDate"));
        }
    }

    private static LocalDateTime parseDateTime(String text) {
        try {
            String t = text.trim();
            return t.length() == 10 ? LocalDate.parse(t).atStartOfDay() : LocalDateTime.parse(t);
        } catch (DateTimeParseException e) {
            throw FieldErrors.of("from", StoredText.of("calendar.error.fromTime"));
        }
    }

    record DayChange(DayKind kind, @MaxLength(50) String name) {
    }

    record DayAnswer(LocalDate date, boolean workday, String name) {
    }

    record DaysDeadlineAnswer(LocalDate from, int workingDays, LocalDate deadline, boolean provisional) {
    }

    record HoursDeadlineAnswer(String from, int workingHours, String deadline, boolean provisional) {
    }
}
