package org.fagai.approval.internal;

import org.fagai.shared.StoredText;
import java.time.Clock;
import java.time.LocalDate;
import org.fagai.approval.ApplicationStatus;
import org.fagai.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Print views of an application's notices (A4, no navigation, a print button): 受理通知书 with the promised deadline,
 * 不予受理通知书 with the reason and the remedies. The decision itself is the signed, numbered document of
 * {@code ApplicationDecisions} (its print view at {@code /approvals/{id}/decision/print}).
 */
@Controller
class ApprovalPrintController {

    private final Applications applications;
    private final String authority;
    private final Clock clock;

    ApprovalPrintController(Applications applications,
                            @Value("${fagai.credit.authority-name:示范市发展和改革委员会}") String authority, Clock clock) {
        this.applications = applications;
        this.authority = authority;
        this.clock = clock;
    }

    @GetMapping("/approvals/{id}/print/{notice:acceptance|refusal}")
    String print(@PathVariable long id, @PathVariable String notice, Model model) {
        ApplicationView a = applications.get(id);
        boolean available = switch (notice) {
            case "acceptance" -> a.acceptedAt() != null;
            default -> a.status() == ApplicationStatus.REFUSED;
        };
        if (!available) {
            throw new NotFoundException(StoredText.of("approval.error.noSuchDocument", id));
        }
        model.addAttribute("a", a);
        model.addAttribute("notice", notice);
        model.addAttribute("authority", authority);
        model.addAttribute("issuedOn", switch (notice) {
            case "acceptance" -> a.acceptedAt().toLocalDate();
            default -> a.closedAt() == null ? LocalDate.now(clock) : a.closedAt().toLocalDate();
        });
        model.addAttribute("backLink", "/approvals/" + id);
        return "approval/print";
    }

    /** The old address of the decision's print view: the signed document now. */
    @GetMapping("/approvals/{id}/print/decision")
    String decision(@PathVariable long id) {
        return "redirect:/approvals/" + id + "/decision/print";
    }
}
