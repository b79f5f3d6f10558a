package org.fagai.project.internal.progress;

import java.time.YearMonth;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** What the monthly report form sends along with the figures (the site photos), stored after the report. */
public interface ReportAttachments {

    /** Stores the files for the project's month; returns one line per file for the reporter (kept, flagged, refused). */
    List<String> attach(String code, YearMonth month, List<MultipartFile> files);
}
