package org.fagai.project.internal.photos;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.Formats;

/**
 * A stored site photo as shown: when it was taken, its flags and, for a duplicate, the month and project of the photo
 * it repeats ({@code duplicateProject} null when that project is outside the viewer's scope).
 */
public record PhotoView(long id, YearMonth month, Long inspectionId, String fileName, int width, int height,
                        LocalDateTime takenAt, Set<PhotoFlag> flags, YearMonth duplicateMonth, String duplicateProject,
                        String uploadedBy, OffsetDateTime uploadedAt) {

    /**
     * The flags in words for the reviewer, as stored sentences: read in the reader's language on the page, in the API and
     * in the audit log ({@link #notes}).
     */
    public List<String> storedNotes() {
        List<String> notes = new ArrayList<>();
        if (flags.contains(PhotoFlag.OUTSIDE_MONTH)) {
            notes.add(StoredText.of("project.audit.photo.outsideMonth", takenAt.toLocalDate(), month.getYear(),
                    month.getMonthValue()));
        }
        if (flags.contains(PhotoFlag.DUPLICATE)) {
            Object project = duplicateProject == null ? StoredText.label("project.audit.photo.otherProject") : duplicateProject;
            notes.add(duplicateMonth == null ? StoredText.of("project.audit.photo.duplicate", project)
                    : StoredText.of("project.audit.photo.duplicateIn", duplicateMonth.getYear(),
                            duplicateMonth.getMonthValue(), project));
        }
        if (flags.contains(PhotoFlag.NO_CAPTURE_TIME)) {
            notes.add(StoredText.of("project.audit.photo.noCaptureTime"));
        }
        return notes;
    }

    /** {@link #storedNotes} in the reader's language. */
    public List<String> notes(Formats fmt) {
        return storedNotes().stream().map(fmt::stored).toList();
    }

    /** {@link #storedNotes} in the reader's language as one sentence (；/ "; " between them), empty without any. */
    public String notesText(Formats fmt) {
        return fmt.stored(StoredText.list("shared.reasonSeparator", storedNotes()));
    }

    public boolean flagged() {
        return flags.contains(PhotoFlag.OUTSIDE_MONTH) || flags.contains(PhotoFlag.DUPLICATE);
    }
}
