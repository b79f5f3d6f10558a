package org.fagai.supervision.internal;

import org.fagai.shared.StoredText;
import java.util.Map;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.web.ApiController;
import org.fagai.shared.web.Formats;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in user's notifications: {@code GET /api/v1/notifications}, the unread count, marking read. */
@ApiController("/api/v1/notifications")
class NotificationApi {

    private final NotificationCenter center;
    private final UserDirectory users;
    private final Formats fmt;

    NotificationApi(NotificationCenter center, UserDirectory users, Formats fmt) {
        this.center = center;
        this.users = users;
        this.fmt = fmt;
    }

    @GetMapping
    NotificationCenter.NotificationPage list(@RequestParam(defaultValue = "false") boolean unread,
                                             @RequestParam(defaultValue = "0") @PageNumber int page,
                                             @RequestParam(defaultValue = "20") @PageSize int size) {
        return center.page(users.requireCurrent().id(), unread, page, NotificationPages.pageSize(size)).shown(fmt);
    }

    @GetMapping("/unread-count")
    Map<String, Long> unreadCount() {
        return Map.of("unread", center.unread(users.requireCurrent().id()));
    }

    @PostMapping("/{id}/read")
    Map<String, String> read(@PathVariable long id) {
        String link = center.open(users.requireCurrent().id(), id).orElseThrow(() -> new NotFoundException(StoredText.of("supervision.error.noNotification", id)));
        return Map.of("link", link);
    }

    @PostMapping("/read-all")
    Map<String, Integer> readAll() {
        return Map.of("read", center.readAll(users.requireCurrent().id()));
    }
}
