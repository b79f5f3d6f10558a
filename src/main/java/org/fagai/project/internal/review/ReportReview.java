package org.fagai.project.internal.review;

import java.time.YearMonth;
import java.util.List;
import org.fagai.project.internal.photos.PhotoView;
import org.fagai.project.internal.progress.ProgressRow;
import org.fagai.project.internal.stoppages.Stoppage;

/**
 * Everything a reviewer looks at for one project-month on one page: the report's figures (with the computed year to
 * date and rates) and workers, the month's site photos with their flags, the stops that touch the month, the state and
 * the earlier reviews.
 */
public record ReportReview(String projectCode, String projectName, YearMonth month, ProgressRow report, List<PhotoView> photos,
                           List<Stoppage> stoppages, ReviewState state, List<ReviewEntry> history) {

    public long flaggedPhotos() {
        return photos.stream().filter(PhotoView::flagged).count();
    }
}
