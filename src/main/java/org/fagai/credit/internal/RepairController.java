package org.fagai.credit.internal;

import java.util.List;
import java.util.Map;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.Pagination;
import org.fagai.shared.web.UploadRefused;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 信用修复 online: an enterprise sees its penalties in publication and applies; staff see the applications with the
 * working days left and decide.
 */
@Controller
class RepairController {

    private final RepairApplications repairs;
    private final EnterprisePenalties enterprisePenalties;
    private final UserDirectory users;
    private final MessageText text;

    RepairController(RepairApplications repairs, EnterprisePenalties enterprisePenalties, UserDirectory users,
                     MessageText text) {
        this.repairs = repairs;
        this.enterprisePenalties = enterprisePenalties;
        this.users = users;
        this.text = text;
    }

    @GetMapping("/credit/repairs")
    String list(@RequestParam(required = false) @MaxLength(10) String status,
                @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size,
                Model model) {
        ListPage<RepairApplicationView> result = repairs.list(status, page, size);
        model.addAttribute("applications", result.items());
        model.addAttribute("pager", new Pagination(result.page(), result.size(), result.total(),
                Map.of("status", status == null ? "" : status)));
        org.fagai.organization.CurrentUser user = users.requireCurrent();
        boolean enterprise = user.role() == Role.ENTERPRISE;
        model.addAttribute("myCode", user.ownerCreditCode());
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("penalties", enterprise ? enterprisePenalties.inPublication() : List.of());
        return "credit/repairs";
    }

    @PostMapping("/credit/repairs")
    String apply(@RequestParam long penaltyId, @RequestParam(required = false) @MaxLength(MaxLength.TEXT) String reason,
                 @RequestParam(required = false) @MaxLength(MaxLength.TEXT) String commitment,
                 @RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
        try {
            repairs.apply(penaltyId, reason, commitment, files);
            redirect.addFlashAttribute("saved", text.get("credit.repair.submitted"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        } catch (UploadRefused e) {
            redirect.addFlashAttribute("errors", List.of(new FieldErrors.FieldError("files", e.reason())));
        }
        return "redirect:/credit/repairs";
    }

    @PostMapping("/credit/repairs/{id}/decide")
    String decide(@PathVariable long id, @RequestParam(required = false) Boolean granted,
                  @RequestParam(required = false) @MaxLength(MaxLength.TEXT) String reason, RedirectAttributes redirect) {
        try {
            repairs.decide(id, granted, reason);
            redirect.addFlashAttribute("saved", text.get("credit.repair.decided"));
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/credit/repairs";
    }

    @GetMapping("/credit/repairs/{id}/materials/{materialId}")
    ResponseEntity<byte[]> material(@PathVariable long id, @PathVariable long materialId) {
        RepairApplications.EvidenceContent content = repairs.material(id, materialId);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(content.contentType()));
        headers.setContentDisposition(ContentDisposition.attachment().filename(content.fileName(),
                java.nio.charset.StandardCharsets.UTF_8).build());
        headers.set("X-Content-Type-Options", "nosniff");
        return ResponseEntity.ok().headers(headers).body(content.content());
    }
}
