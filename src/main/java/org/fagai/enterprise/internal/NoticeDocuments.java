package org.fagai.enterprise.internal;

import java.nio.charset.StandardCharsets;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The 整改通知书 of a hazard as a download (.docx), for the API and the pages alike; the issuer is a setting. */
@Component
class NoticeDocuments {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Safety safety;
    private final String issuer;

    NoticeDocuments(Safety safety, @Value("${fagai.enterprise.safety-issuer:示范市安全生产检查工作组}") String issuer) {
        this.safety = safety;
        this.issuer = issuer;
    }

    String issuer() {
        return issuer;
    }

    /** The hazard's notice, if the user may see the hazard; a 400 naming {@code id} before a notice was issued. */
    ResponseEntity<byte[]> download(long id) {
        HazardView h = safety.get(id);
        if (h.noticeNumber() == null) {
            throw FieldErrors.of("id", StoredText.of("enterprise.error.hazardNoNotice"));
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(DOCX);
        headers.setContentDisposition(ContentDisposition.attachment().filename("整改通知书-" + h.noticeNumber() + ".docx",
                StandardCharsets.UTF_8).build());
        return ResponseEntity.ok().headers(headers).body(RectificationNotice.write(h, h.enterpriseName(), issuer, h.deadline()));
    }
}
