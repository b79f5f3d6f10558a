package org.fagai.project.internal.photos;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.fagai.project.internal.progress.ReportAttachments;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.web.Formats;
import org.fagai.shared.web.MessageText;
import org.fagai.shared.web.UploadRefused;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** The site photos sent with the monthly report form: each stored on its own, so one refused photo keeps the others. */
@Component
class ReportPhotos implements ReportAttachments {

    private final SitePhotos photos;
    private final MessageText text;
    private final Formats fmt;

    ReportPhotos(SitePhotos photos, MessageText text, Formats fmt) {
        this.photos = photos;
        this.text = text;
        this.fmt = fmt;
    }

    @Override
    public List<String> attach(String code, YearMonth month, List<MultipartFile> files) {
        List<String> lines = new ArrayList<>();
        for (MultipartFile file : files) {
            if (file == null || file.isEmpty()) {
                continue;
            }
            String name = file.getOriginalFilename();
            try {
                PhotoView photo = photos.addToReport(code, month, name, PhotoApiController.bytes(file));
                lines.add(photo.storedNotes().isEmpty() ? text.get("project.photo.kept", name)
                        : text.get("project.photo.keptFlagged", name, photo.notesText(fmt)));
            } catch (UploadRefused e) {
                lines.add(text.get("project.photo.refused", name, fmt.stored(e.reason())));
            } catch (FieldErrors e) {
                lines.add(text.get("project.photo.refused", name, fmt.stored(e.errors().get(0).message())));
            }
        }
        return lines;
    }
}
