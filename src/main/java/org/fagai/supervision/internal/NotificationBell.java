package org.fagai.supervision.internal;

import org.fagai.organization.UserDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/**
 * The unread count for the bell in every page's header (one indexed count; none when nobody is signed in). Counted
 * only when a page reads it: a redirecting POST (a submitted report, an uploaded photo) or a fragment without the header
 * never asks PostgreSQL (the month-end load test, run 9 in the README); and kept a few seconds per user
 * ({@link BellCounts}).
 */
@ControllerAdvice(annotations = Controller.class)
class NotificationBell {

    private final NotificationCenter center;
    private final UserDirectory users;

    NotificationBell(NotificationCenter center, UserDirectory users) {
        this.center = center;
        this.users = users;
    }

    @ModelAttribute("unreadNotifications")
    LazyContextVariable<Long> unreadNotifications() {
        return new LazyContextVariable<>() {
            @Override
            protected Long loadValue() {
                return users.current().map(u -> center.bellCount(u.id())).orElse(null);
            }
        };
    }
}
