package org.fagai.supervision.internal;

import org.fagai.organization.UserDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The unread count for the bell in every page's header (one indexed count; none when nobody is signed in). */
@ControllerAdvice(annotations = Controller.class)
class NotificationBell {

    private final NotificationCenter center;
    private final UserDirectory users;

    NotificationBell(NotificationCenter center, UserDirectory users) {
        this.center = center;
        this.users = users;
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications() {
        return users.current().map(u -> center.unread(u.id())).orElse(null);
    }
}
