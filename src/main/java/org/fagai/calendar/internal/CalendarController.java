package org.fagai.calendar.internal;

import org.fagai.shared.StoredText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.fagai.calendar.DayInfo;
import org.fagai.calendar.DayKind;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.calendar.YearSchedule;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.Years;
import org.fagai.shared.web.MessageText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The month view of the working-day calendar for everyone; editing and schedule upload for administrators. */
@Controller
class CalendarController {

    static final long MAX_SCHEDULE_BYTES = 256 * 1024;

    private final WorkingCalendar calendar;
    private final MessageText text;
    private final Clock clock;

    CalendarController(WorkingCalendar calendar, MessageText text, Clock clock) {
        this.calendar = calendar;
        this.text = text;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    String month(@RequestParam(required = false) String month, Model model) {
        YearMonth shown = parseMonth(month);
        List<DayInfo> days = calendar.month(shown);
        List<List<DayInfo>> weeks = new ArrayList<>();
        List<DayInfo> week = new ArrayList<>();
        int leading = shown.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        for (int i = 0; i < leading; i++) {
            week.add(null);
        }
        for (DayInfo day : days) {
            week.add(day);
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(null);
            }
            weeks.add(week);
        }
        List<YearSchedule> years = calendar.years();
        model.addAttribute("month", shown);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("weeks", weeks);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("years", years);
        model.addAttribute("announced", years.stream().anyMatch(y -> y.year() == shown.getYear() && y.announced()));
        model.addAttribute("workdays", days.stream().filter(DayInfo::workday).count());
        return "calendar/month";
    }

    @PostMapping("/admin/calendar/days/{date}")
    String setDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  @RequestParam DayKind kind, @RequestParam(required = false) @MaxLength(50) String name, RedirectAttributes redirect) {
        try {
            calendar.setDay(date, kind, name);
            redirect.addFlashAttribute("saved", text.get("calendar.day.saved", date.toString()));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/calendar?month=" + YearMonth.from(date);
    }

    @PostMapping("/admin/calendar/import")
    String importSchedule(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            checkUpload(file);
            YearSchedule year = calendar.importSchedule(file.getBytes());
            redirect.addFlashAttribute("saved", text.get("calendar.import.done", String.valueOf(year.year()),
                    year.holidayCount(), year.adjustedWorkdayCount()));
            return "redirect:/calendar?month=" + year.year() + "-01";
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
            return "redirect:/calendar";
        }
    }

    private static void checkUpload(MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw FieldErrors.of("file", StoredText.of("calendar.error.fileRequired"));
        }
        if (file.getSize() > MAX_SCHEDULE_BYTES) {
            throw FieldErrors.of("file", StoredText.of("calendar.error.fileTooLarge"));
        }
        byte[] head = file.getInputStream().readNBytes(64);
        String start = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (!start.startsWith("{")) {
            throw FieldErrors.of("file", StoredText.of("calendar.error.notObject", "{"));
        }
    }

    private YearMonth parseMonth(String month) {
        if (month == null || month.isBlank()) {
            return YearMonth.now(clock);
        }
        return Years.month("month", month);
    }
}
