package org.fagai.supervision.internal;

import org.fagai.shared.StoredText;
import java.util.Map;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.Formats;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 消息通知: the signed-in user's notifications (read/unread), opening one, and his e-mail address for reminders. */
@Controller
class NotificationPages {

    record MailAddressForm(@MaxLength(200) String email) {
    }

    private final NotificationCenter center;
    private final UserDirectory users;
    private final MessageText text;
    private final Formats fmt;

    NotificationPages(NotificationCenter center, UserDirectory users, MessageText text, Formats fmt) {
        this.center = center;
        this.users = users;
        this.text = text;
        this.fmt = fmt;
    }

    @GetMapping("/notifications")
    String list(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") @PageNumber int page,
                @RequestParam(defaultValue = "20") @PageSize int size, Model model) {
        long me = users.requireCurrent().id();
        NotificationCenter.NotificationPage result = center.page(me, unread, page, pageSize(size)).shown(fmt);
        model.addAttribute("notifications", result);
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("pager", new Pagination(page, result.size(), result.total(), Map.of("unread", unread ? "true" : "")));
        model.addAttribute("mailEnabled", center.mailEnabled());
        model.addAttribute("email", center.address(me).orElse(""));
        return "supervision/notifications";
    }

    /** Opens a notification: marks it read and goes to its page. */
    @GetMapping("/notifications/{id}")
    String open(@PathVariable long id) {
        String link = center.open(users.requireCurrent().id(), id).orElse("/notifications");
        return "redirect:" + link;
    }

    @PostMapping("/notifications/read-all")
    String readAll(RedirectAttributes redirect) {
        int n = center.readAll(users.requireCurrent().id());
        redirect.addFlashAttribute("saved", text.get("supervision.notification.readAll.done", n));
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/email")
    String email(@ModelAttribute MailAddressForm form, RedirectAttributes redirect) {
        try {
            center.setAddress(users.requireCurrent().id(), form.email());
            redirect.addFlashAttribute("saved", text.get("supervision.notification.email.saved"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/notifications";
    }

    static int pageSize(int size) {
        if (size > ItemQuery.MAX_SIZE) {
            throw FieldErrors.of("size", StoredText.of("supervision.error.size", ItemQuery.MAX_SIZE, size));
        }
        return size;
    }
}
