package org.fagai.supervision.internal;

import java.util.List;
import java.util.Map;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.FieldErrors;
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

/** 通知公告 pages: received and published notices, the publishing form, a notice with its readers for the publisher. */
@Controller
class NoticePages {

    private final NoticeBoard board;
    private final UserDirectory users;
    private final MessageText text;

    NoticePages(NoticeBoard board, UserDirectory users, MessageText text) {
        this.board = board;
        this.users = users;
        this.text = text;
    }

    @GetMapping("/notices")
    String list(@RequestParam(defaultValue = "false") boolean published, @RequestParam(defaultValue = "0") @PageNumber int page,
                @RequestParam(defaultValue = "20") @PageSize int size, Model model) {
        int pageSize = NotificationPages.pageSize(size);
        NoticeBoard.NoticePage result = published ? board.published(page, pageSize) : board.received(page, pageSize);
        model.addAttribute("notices", result);
        model.addAttribute("published", published);
        model.addAttribute("pager", new Pagination(page, pageSize, result.total(), Map.of("published", published ? "true" : "")));
        return "supervision/notices";
    }

    @GetMapping("/notices/new")
    String newForm(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewNotice(null, null, List.of(), List.of()));
        }
        model.addAttribute("roles", Role.values());
        return "supervision/notice-form";
    }

    @PostMapping("/notices")
    String publish(@ModelAttribute("form") NewNotice form, Model model, RedirectAttributes redirect) {
        try {
            long id = board.publish(form);
            redirect.addFlashAttribute("saved", text.get("supervision.notice.published"));
            return "redirect:/notices/" + id;
        } catch (FieldErrors e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("roles", Role.values());
            return "supervision/notice-form";
        }
    }

    @GetMapping("/notices/{id}")
    String show(@PathVariable long id, Model model) {
        NoticeBoard.NoticeView notice = board.open(id);
        model.addAttribute("notice", notice);
        boolean publisher = notice.publisherId() == users.requireCurrent().id() || users.requireCurrent().isAdmin();
        model.addAttribute("readers", publisher ? board.readers(id) : null);
        return "supervision/notice";
    }
}
