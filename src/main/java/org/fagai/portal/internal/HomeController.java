package org.fagai.portal.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.fagai.calendar.WorkingCalendar;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after sign-in: who the user is and what today is. */
@Controller
class HomeController {

    private final WorkingCalendar calendar;
    private final Clock clock;

    HomeController(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", calendar.day(today));
        model.addAttribute("nextWorkday", calendar.current().addWorkingDays(today, 1).deadline());
        return "portal/home";
    }
}
