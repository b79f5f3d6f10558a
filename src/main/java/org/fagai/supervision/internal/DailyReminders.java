package org.fagai.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.organization.ActingUsers;
import org.fagai.organization.CurrentUser;
import org.fagai.supervision.Notifications;
import org.fagai.supervision.TodoEntry;
import org.fagai.supervision.TodoList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every working morning, once per cluster: each user's to-do list (every module's entries, seen as that user sees them)
 * is read, and what is due within one working day or overdue becomes a notification — once per entry and phase, so a
 * second run, or a run on another instance, adds nothing. Then the e-mails leave.
 */
@Component
class DailyReminders {

    private static final Logger log = LoggerFactory.getLogger(DailyReminders.class);

    private final ActingUsers users;
    private final TodoList todo;
    private final Notifications notifications;
    private final WorkingCalendar calendar;
    private final MailOutbox outbox;
    private final Clock clock;

    DailyReminders(ActingUsers users, TodoList todo, Notifications notifications, WorkingCalendar calendar, MailOutbox outbox,
                   Clock clock) {
        this.users = users;
        this.todo = todo;
        this.notifications = notifications;
        this.calendar = calendar;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(cron = "${fagai.supervision.reminder-cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "supervision-reminders-daily", lockAtMostFor = "PT1H")
    public void daily() {
        LocalDate today = LocalDate.now(clock);
        if (!calendar.current().isWorkday(today)) {
            return; // the last working day's run already reminded of what falls due until the next one
        }
        int created = remind(today);
        int mailed = outbox.sendPending();
        log.info("Reminders: {} notifications created, {} e-mails sent", created, mailed);
    }

    /**
     * Creates the reminders due for {@code today}; returns how many were new. The entries' titles are read in Chinese
     * (the stored notifications and their once-only digests must not depend on the thread's locale).
     */
    int remind(LocalDate today) {
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        try {
            return remindInChinese(today);
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    private int remindInChinese(LocalDate today) {
        LocalDate nextWorkingDay = calendar.current().addWorkingDays(today, 1).deadline();
        int created = 0;
        for (CurrentUser user : users.enabled()) {
            try {
                for (TodoEntry entry : users.as(user, todo::forCurrentUser)) {
                    try {
                        if (Reminder.of(entry, user.id(), today, nextWorkingDay).map(notifications::send).orElse(false)) {
                            created++;
                        }
                    } catch (IllegalArgumentException e) {
                        log.warn("No reminder for a to-do entry of {} ({}): {}", user.username(), entry.kind(), e.getMessage());
                    }
                }
            } catch (RuntimeException e) {
                log.warn("Reminders for {} skipped: {}", user.username(), e.toString());
            }
        }
        return created;
    }
}
