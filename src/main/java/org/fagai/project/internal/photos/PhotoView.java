package org.fagai.project.internal.photos;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A stored site photo as shown: when it was taken, its flags and, for a duplicate, the month and project of the photo
 * it repeats ({@code duplicateProject} null when that project is outside the viewer's scope).
 */
public record PhotoView(long id, YearMonth month, Long inspectionId, String fileName, int width, int height,
                        LocalDateTime takenAt, Set<PhotoFlag> flags, YearMonth duplicateMonth, String duplicateProject,
                        String uploadedBy, OffsetDateTime uploadedAt) {

    /** The flags in words, for the reviewer (Chinese, as the API's other messages). */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (flags.contains(PhotoFlag.OUTSIDE_MONTH)) {
            notes.add("拍摄时间 " + takenAt.toLocalDate() + " 不在填报月份 " + chinese(month) + " 内");
        }
        if (flags.contains(PhotoFlag.DUPLICATE)) {
            notes.add("疑似重复使用照片：与 " + (duplicateMonth == null ? "" : chinese(duplicateMonth) + " ")
                    + (duplicateProject == null ? "其他项目" : duplicateProject) + "照片相同");
        }
        if (flags.contains(PhotoFlag.NO_CAPTURE_TIME)) {
            notes.add("照片无拍摄时间（EXIF），无法核实拍摄月份");
        }
        return notes;
    }

    /** {@link #notes} as stored sentences, read later in the reader's language (the audit log). */
    public List<String> storedNotes() {
        List<String> notes = new ArrayList<>();
        if (flags.contains(PhotoFlag.OUTSIDE_MONTH)) {
            notes.add(org.fagai.shared.StoredText.of("project.audit.photo.outsideMonth", takenAt.toLocalDate(), month.getYear(),
                    month.getMonthValue()));
        }
        if (flags.contains(PhotoFlag.DUPLICATE)) {
            Object project = duplicateProject == null ? org.fagai.shared.StoredText.label("project.audit.photo.otherProject") : duplicateProject;
            notes.add(duplicateMonth == null ? org.fagai.shared.StoredText.of("project.audit.photo.duplicate", project)
                    : org.fagai.shared.StoredText.of("project.audit.photo.duplicateIn", duplicateMonth.getYear(),
                            duplicateMonth.getMonthValue(), project));
        }
        if (flags.contains(PhotoFlag.NO_CAPTURE_TIME)) {
            notes.add(org.fagai.shared.StoredText.of("project.audit.photo.noCaptureTime"));
        }
        return notes;
    }

    public boolean flagged() {
        return flags.contains(PhotoFlag.OUTSIDE_MONTH) || flags.contains(PhotoFlag.DUPLICATE);
    }

    private static String chinese(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }
}
