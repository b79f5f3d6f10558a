package org.fagai.project.internal.photos;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.fagai.shared.ChinaTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Site photos in PostgreSQL: the copies shown, the capture time, the hashes and the stored flags. */
@Repository
class PhotoStore {

    private static final String VIEW = """
            SELECT f.id, f.month, f.inspection_id, f.file_name, f.width, f.height, f.taken_at, f.outside_month, f.duplicate_of,
                   f.uploaded_by, f.uploaded_at, d.month AS dup_month, dp.name AS dup_name, dp.region_code AS dup_region,
                   dp.owner_credit_code AS dup_owner
            FROM project_photo f
            LEFT JOIN project_photo d ON d.id = f.duplicate_of
            LEFT JOIN project dp ON dp.id = d.project_id
            """;

    private final JdbcClient jdbc;

    PhotoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewPhoto(long projectId, YearMonth month, Long inspectionId, String fileName, SitePhotoImage.Processed image,
                    boolean outsideMonth, Long duplicateOf, String uploadedBy) {
    }

    /** Photos of the report of that month (inspection photos not counted), after queueing on the project. */
    int reportPhotos(long projectId, YearMonth month) {
        jdbc.sql("SELECT id FROM project WHERE id = ? FOR NO KEY UPDATE").param(projectId).query(Long.class).single();
        return jdbc.sql("SELECT count(*) FROM project_photo WHERE project_id = ? AND month = ? AND inspection_id IS NULL")
                .params(projectId, month.atDay(1)).query(Integer.class).single();
    }

    /** The earliest photo with the same bytes or a perceptual hash within {@link DHash#NEAR_DISTANCE} bits. */
    Optional<Long> earlierCopy(byte[] sha256, long dhash) {
        short[] q = DHash.quarters(dhash);
        return jdbc.sql("""
                SELECT min(id) FROM (
                  SELECT id FROM project_photo WHERE content_sha256 = ?
                  UNION ALL
                  SELECT id FROM project_photo WHERE (dhash_1 = ? OR dhash_2 = ? OR dhash_3 = ? OR dhash_4 = ?)
                    AND bit_count((dhash # ?)::bit(64)) <= ?) c""")
                .params(sha256, q[0], q[1], q[2], q[3], dhash, DHash.NEAR_DISTANCE)
                .query((rs, i) -> rs.getObject(1, Long.class)).optional();
    }

    long insert(NewPhoto p) {
        short[] q = DHash.quarters(p.image().dhash());
        return jdbc.sql("""
                INSERT INTO project_photo (project_id, month, inspection_id, file_name, display, thumbnail, width, height, taken_at,
                  content_sha256, dhash, dhash_1, dhash_2, dhash_3, dhash_4, outside_month, duplicate_of, uploaded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(p.projectId(), p.month().atDay(1), p.inspectionId(), p.fileName(), p.image().display(),
                        p.image().thumbnail(), p.image().width(), p.image().height(),
                        p.image().takenAt() == null ? null : Timestamp.valueOf(p.image().takenAt()), p.image().sha256(),
                        p.image().dhash(), q[0], q[1], q[2], q[3], p.outsideMonth(), p.duplicateOf(), p.uploadedBy())
                .query(Long.class).single();
    }

    /**
     * The project's photos, newest month first; {@code canSee(region, owner)} says whether the project a duplicate
     * repeats may be named to the viewer.
     */
    List<PhotoView> ofProject(long projectId, BiPredicate<String, String> canSee) {
        return jdbc.sql(VIEW + " WHERE f.project_id = ? ORDER BY f.month DESC, f.id").param(projectId)
                .query((rs, i) -> view(rs, canSee)).list();
    }

    Optional<PhotoView> find(long projectId, long id, BiPredicate<String, String> canSee) {
        return jdbc.sql(VIEW + " WHERE f.project_id = ? AND f.id = ?").params(projectId, id)
                .query((rs, i) -> view(rs, canSee)).optional();
    }

    Optional<byte[]> content(long projectId, long id, boolean thumbnail) {
        return jdbc.sql("SELECT " + (thumbnail ? "thumbnail" : "display") + " FROM project_photo WHERE project_id = ? AND id = ?")
                .params(projectId, id).query((rs, i) -> rs.getBytes(1)).optional();
    }

    private static PhotoView view(ResultSet rs, BiPredicate<String, String> canSee) throws SQLException {
        LocalDateTime takenAt = rs.getObject("taken_at", LocalDateTime.class);
        boolean duplicate = rs.getObject("duplicate_of") != null;
        LocalDate dupMonth = rs.getObject("dup_month", LocalDate.class);
        String dupName = dupMonth != null && canSee.test(rs.getString("dup_region"), rs.getString("dup_owner"))
                ? rs.getString("dup_name") : null;
        return new PhotoView(rs.getLong("id"), YearMonth.from(rs.getObject("month", LocalDate.class)),
                rs.getObject("inspection_id", Long.class), rs.getString("file_name"), rs.getInt("width"), rs.getInt("height"),
                takenAt, PhotoFlag.of(takenAt, rs.getBoolean("outside_month"), duplicate),
                dupMonth == null ? null : YearMonth.from(dupMonth), dupName, rs.getString("uploaded_by"),
                ChinaTime.zoned(rs.getObject("uploaded_at", OffsetDateTime.class)));
    }
}
