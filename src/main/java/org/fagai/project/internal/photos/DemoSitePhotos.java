package org.fagai.project.internal.photos;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.fagai.project.internal.demo.SitePictures;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo site photos (generated pictures, always the same): two a month for the last quarter of 2023 on the owner's first
 * three projects, one of them taken the month before and one repeating another project's photo, so the reviewer's flags
 * show; and the workforce of every 2023 report.
 */
@Component
@Profile("demo")
@Order(60)
class DemoSitePhotos implements ApplicationRunner {

    private static final String OWNER_CREDIT_CODE = "913399027345678902";

    private final JdbcClient jdbc;
    private final PhotoStore store;

    DemoSitePhotos(JdbcClient jdbc, PhotoStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM project_photo").query(Long.class).single() > 0) {
            return;
        }
        jdbc.sql("""
                UPDATE project_progress SET workers_planned = 40 + (id % 7) * 30, workers_on_site = 30 + (id % 11) * 25,
                  machines = 3 + id % 9
                WHERE current AND month BETWEEN '2023-01-01' AND '2023-12-01' AND workers_on_site IS NULL""").update();
        List<Long> projects = jdbc.sql("""
                SELECT DISTINCT p.id, p.code FROM project p JOIN project_progress g ON g.project_id = p.id AND g.current
                WHERE p.owner_credit_code = ? AND g.month = '2023-12-01' ORDER BY p.code LIMIT 3""")
                .param(OWNER_CREDIT_CODE).query((rs, i) -> rs.getLong(1)).list();
        long seed = 20_231_001L;
        byte[] reused = null;
        for (int p = 0; p < projects.size(); p++) {
            for (int month = 10; month <= 12; month++) {
                for (int n = 0; n < 2; n++) {
                    YearMonth reported = YearMonth.of(2023, month);
                    boolean early = p == 0 && month == 11 && n == 1;
                    LocalDateTime takenAt = (early ? reported.minusMonths(1) : reported).atDay(8 + 7 * n).atTime(9 + p, 30);
                    byte[] original = p == 2 && month == 12 && n == 1 && reused != null ? reused
                            : SitePictures.jpeg(seed++, 800, 600, takenAt, true);
                    if (p == 0 && month == 10 && n == 0) {
                        reused = original;
                    }
                    save(projects.get(p), reported, original);
                }
            }
        }
    }

    private void save(long projectId, YearMonth month, byte[] original) {
        SitePhotoImage.Processed image = SitePhotoImage.process(original);
        Long earlier = store.earlierCopy(image.sha256(), image.dhash()).orElse(null);
        store.insert(new PhotoStore.NewPhoto(projectId, month, null, "IMG_" + projectId + "_" + month + ".jpg",
                image, PhotoFlag.outsideMonth(image.takenAt(), month), earlier, "owner"));
    }
}
