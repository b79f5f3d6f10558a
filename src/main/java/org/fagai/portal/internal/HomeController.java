package org.fagai.portal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fagai.approval.ApprovalAttention;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.fagai.project.ProjectAlerts;
import org.fagai.supervision.Notices;
import org.fagai.supervision.TodoList;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after sign-in: the user's to-do list, what today is, project warnings and late applications. */
@Controller
class HomeController {

    private final WorkingCalendar calendar;
    private final Clock clock;
    private final ApprovalAttention approvals;
    private final ProjectAlerts projects;
    private final TodoList todo;
    private final Notices notices;
    private final UserDirectory users;

    HomeController(WorkingCalendar calendar, Clock clock, ApprovalAttention approvals, ProjectAlerts projects, TodoList todo,
                   Notices notices, UserDirectory users) {
        this.users = users;
        this.todo = todo;
        this.notices = notices;
        this.projects = projects;
        this.calendar = calendar;
        this.clock = clock;
        this.approvals = approvals;
    }

    @GetMapping("/")
    String home(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", calendar.day(today));
        model.addAttribute("nextWorkday", calendar.current().addWorkingDays(today, 1).deadline());
        // an enterprise account sees its to-do list only, never a region's projects or applications
        boolean enterprise = users.requireCurrent().role() == Role.ENTERPRISE;
        model.addAttribute("attention", enterprise ? List.of() : approvals.needingAttention(10));
        model.addAttribute("projectAlerts", enterprise ? new ProjectAlerts.Alerts(0, "", 0, 0, 0) : projects.forCurrentUser());
        model.addAttribute("todo", todo.forCurrentUser().stream().limit(30).toList());
        model.addAttribute("notices", notices.latestForCurrentUser(5));
        return "portal/home";
    }
}
