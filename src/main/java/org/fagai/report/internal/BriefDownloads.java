package org.fagai.report.internal;

import java.nio.charset.StandardCharsets;
import org.fagai.organization.UserDirectory;
import org.fagai.report.EconomicBriefs;
import org.fagai.shared.Period;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The .docx response shared by the API and the page. */
@Component
class BriefDownloads {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final EconomicBriefs briefs;
    private final UserDirectory users;

    BriefDownloads(EconomicBriefs briefs, UserDirectory users) {
        this.briefs = briefs;
        this.users = users;
    }

    ResponseEntity<byte[]> download(String region, String period) {
        String code = region == null || region.isBlank() ? users.requireCurrent().regionCode() : region.strip();
        Period p = Period.parse("period", period);
        byte[] docx = briefs.economicBrief(code, p.year(), p.toMonth());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(DOCX);
        headers.setContentLength(docx.length);
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(briefs.fileName(code, p.year(), p.toMonth()), StandardCharsets.UTF_8).build());
        return ResponseEntity.ok().headers(headers).body(docx);
    }
}
