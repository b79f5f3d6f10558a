package org.fagai.approval.internal;

import org.fagai.shared.web.ApiExceptionHandler;
import org.fagai.shared.web.MessageText;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page a decision's QR code opens, without sign-in: valid / revoked / expired and the decision's public facts. The
 * same address answers JSON to {@code Accept: application/json}.
 */
@Controller
class PublicLicenceController {

    private final LicenceVerification verification;
    private final MessageText text;

    PublicLicenceController(LicenceVerification verification, MessageText text) {
        this.verification = verification;
        this.text = text;
    }

    @GetMapping(value = "/public/licences/verify", produces = MediaType.TEXT_HTML_VALUE)
    String page(@RequestParam(required = false) String code, Model model) {
        String typed = code == null ? "" : code.strip();
        model.addAttribute("code", typed.length() > 40 ? typed.substring(0, 40) : typed);
        model.addAttribute("licence", typed.isEmpty() ? null : verification.verify(typed).orElse(null));
        return "approval/verify";
    }

    @GetMapping(value = "/public/licences/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> json(@RequestParam(required = false) String code) {
        return verification.verify(code).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> ResponseEntity
                .status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiExceptionHandler.problem(HttpStatus.NOT_FOUND, text.get("approval.problem.badCode"),
                        text.get("approval.error.codeUnknown"))));
    }
}
