package org.fagai.project.internal.photos;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.fagai.Bench;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Site-photo benchmark, not a test: {@code ./mvnw test -Pbenchmark -Dtest=PhotoBenchmark}. Times making the display copy
 * and the thumbnail of 12-megapixel camera pictures against decoding them alone, and the duplicate search (same bytes or a
 * difference hash within 3 bits) among 100,000 stored photos against the same question asked of every row in raw SQL.
 */
@SpringBootTest(properties = {"fagai.admin-password=Bench#Pass2026", "fagai.home-region=330000", "logging.level.org.fagai=WARN"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhotoBenchmark {

    static final int STORED = 100_000;
    static final int PICTURES = 12;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    FlywayConnectionDetails ownerConnection;
    @Autowired
    PhotoStore store;

    private final Random random = new Random(7);
    private long[] stored;

    @BeforeAll
    void storeHashes() throws Exception {
        long started = System.nanoTime();
        long projectId = jdbc.sql("""
                INSERT INTO project (code, name, owner_unit, region_code, total_investment, stage, created_at, updated_at)
                VALUES ('2501-330102-04-01-000001', '照片基准项目', '基准单位', '330102', 1000, 'CONSTRUCTION', now(), now())
                RETURNING id""").query(Long.class).single();
        stored = new long[STORED];
        byte[] sha = new byte[32];
        try (Bench.Copy copy = new Bench.Copy(dataSource, "project_photo", "project_id, month, file_name, display, thumbnail,"
                + " width, height, content_sha256, dhash, dhash_1, dhash_2, dhash_3, dhash_4, outside_month, uploaded_by")) {
            for (int i = 0; i < STORED; i++) {
                long hash = random.nextLong();
                stored[i] = hash;
                random.nextBytes(sha);
                short[] q = DHash.quarters(hash);
                copy.row(projectId, (2021 + i % 5) + "-" + String.format("%02d", 1 + i % 12) + "-01", "p" + i + ".jpg", "\\x00", "\\x00",
                        1600, 1200, "\\x" + HexFormat.of().formatHex(sha), hash, q[0], q[1], q[2], q[3], false, "bench");
            }
        }
        Bench.owner(ownerConnection).sql("ANALYZE project_photo").update();
        Bench.note("%,d photo hashes stored in %.1f s", STORED, (System.nanoTime() - started) / 1e9);
    }

    @Test
    void measure() throws Exception {
        pictures();
        duplicates();
        Bench.printSummary("Photo benchmark");
    }

    /** The display copy (≤ 1600 px), the 320 px thumbnail, EXIF time, SHA-256 and dHash of 12-megapixel JPEGs. */
    private void pictures() throws Exception {
        byte[][] jpegs = new byte[PICTURES][];
        for (int i = 0; i < PICTURES; i++) {
            jpegs[i] = camera(4000, 3000, i);
        }
        int[] next = {0};
        double[][] t = Bench.timePair(3, 24,
                () -> SitePhotoImage.process(jpegs[next[0]++ % PICTURES]),
                () -> decode(jpegs[next[0] % PICTURES]));
        double process = Bench.median(t[0]);
        double decode = Bench.median(t[1]);
        Bench.report("photo processing (12 MP JPEG, %,d KB): median %.0f ms = %.1f photos/s per thread | decoding alone %.0f ms,"
                        + " ratio %.2f | aim: 9 photos of a report in < 5 s on one thread (%.1f s)",
                jpegs[0].length / 1024, process, 1000 / process, decode, process / decode, 9 * process / 1000);
    }

    private void duplicates() {
        long[] near = new long[200];
        long[] fresh = new long[200];
        for (int i = 0; i < near.length; i++) {
            near[i] = stored[random.nextInt(STORED)] ^ (1L << random.nextInt(64)) ^ (1L << random.nextInt(64));
            fresh[i] = random.nextLong();
        }
        byte[] noSha = new byte[32];
        int[] k = {0};
        double[][] hit = Bench.timePair(20, near.length, () -> store.earlierCopy(noSha, near[k[0] % near.length]),
                () -> raw(noSha, near[k[0]++ % near.length]));
        k[0] = 0;
        double[][] miss = Bench.timePair(20, fresh.length, () -> store.earlierCopy(noSha, fresh[k[0] % fresh.length]),
                () -> raw(noSha, fresh[k[0]++ % fresh.length]));
        long found = java.util.Arrays.stream(near).filter(h -> store.earlierCopy(noSha, h).isPresent()).count();
        Bench.report("duplicate search among %,d photos, near copy (≤ 2 bits off, %d of %d found): p50 %.2f ms, p95 %.2f ms | raw SQL"
                        + " over every row p50 %.2f ms, ratio %.3f | aim p95 < 20 ms",
                STORED, found, near.length, Bench.median(hit[0]), Bench.percentile(hit[0], 95), Bench.median(hit[1]),
                Bench.median(hit[0]) / Bench.median(hit[1]));
        Bench.report("duplicate search among %,d photos, new picture: p50 %.2f ms, p95 %.2f ms | raw SQL p50 %.2f ms, ratio %.3f"
                        + " | aim p95 < 20 ms",
                STORED, Bench.median(miss[0]), Bench.percentile(miss[0], 95), Bench.median(miss[1]),
                Bench.median(miss[0]) / Bench.median(miss[1]));
    }

    /** The same question without the quarter indexes: every stored hash compared. */
    private Long raw(byte[] sha, long dhash) {
        return jdbc.sql("SELECT min(id) FROM project_photo WHERE content_sha256 = ? OR bit_count((dhash # ?)::bit(64)) <= 3")
                .params(sha, dhash).query((rs, i) -> rs.getObject(1, Long.class)).optional().orElse(null);
    }

    private static BufferedImage decode(byte[] jpeg) {
        try {
            return ImageIO.read(new ByteArrayInputStream(jpeg));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A camera-sized picture with enough detail (shapes and noise) to compress like a photograph. */
    private byte[] camera(int width, int height, int seed) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Random r = new Random(seed);
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(90, 140, 200), 0, height, new Color(150, 120, 80)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256)));
            g.fillRect(r.nextInt(width), r.nextInt(height), 20 + r.nextInt(400), 20 + r.nextInt(300));
        }
        g.dispose();
        for (int i = 0; i < width * height / 8; i++) {
            int x = r.nextInt(width);
            int y = r.nextInt(height);
            image.setRGB(x, y, image.getRGB(x, y) ^ (r.nextInt(0x202020)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
