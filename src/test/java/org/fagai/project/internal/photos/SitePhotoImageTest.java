package org.fagai.project.internal.photos;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import javax.imageio.ImageIO;
import org.fagai.project.internal.demo.SitePictures;
import org.junit.jupiter.api.Test;

/** The display copy and thumbnail as written since they are made without a redraw at the same size (load work, 45.). */
class SitePhotoImageTest {

    private static final LocalDateTime TAKEN = LocalDateTime.of(2019, 3, 2, 8, 0);

    @Test
    void aSmallUprightPhotoKeepsItsSizeAndPixelsButNotItsMetadata() throws Exception {
        BufferedImage scene = SitePictures.scene(4_501, 640, 480);
        byte[] original = SitePictures.jpeg(scene, TAKEN, true);
        SitePhotoImage.Processed photo = SitePhotoImage.process(original);

        assertThat(photo.width()).isEqualTo(640);
        assertThat(photo.height()).isEqualTo(480);
        assertThat(photo.takenAt()).isEqualTo(TAKEN);
        BufferedImage display = ImageIO.read(new ByteArrayInputStream(photo.display()));
        assertThat(display.getWidth()).isEqualTo(640);
        assertThat(meanDifference(scene, display)).isLessThan(6.0);
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(photo.thumbnail()));
        assertThat(thumbnail.getWidth()).isEqualTo(320);
        assertThat(thumbnail.getHeight()).isEqualTo(240);
        for (byte[] copy : new byte[][] {photo.display(), photo.thumbnail()}) {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(copy));
            assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
            assertThat(metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class)).isNull();
        }
        assertThat(DHash.distance(photo.dhash(), DHash.of(scene))).isLessThanOrEqualTo(DHash.NEAR_DISTANCE);
    }

    @Test
    void aLargePhotoIsScaledToTheDisplayEdgeAndHashedAsThePictureItShows() {
        BufferedImage scene = SitePictures.scene(4_502, 4000, 3000);
        SitePhotoImage.Processed large = SitePhotoImage.process(SitePictures.jpeg(scene, null, false));

        assertThat(large.width()).isEqualTo(SitePhotoImage.DISPLAY_EDGE);
        assertThat(large.height()).isEqualTo(1200);
        assertThat(large.takenAt()).isNull();
        assertThat(DHash.distance(large.dhash(), DHash.of(scene))).isLessThanOrEqualTo(DHash.NEAR_DISTANCE);
    }

    @Test
    void aTransparentPngBecomesAWhiteBackedJpeg() throws Exception {
        BufferedImage png = new BufferedImage(200, 100, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < 100; x++) {
            for (int y = 0; y < 100; y++) {
                png.setRGB(x, y, 0xFF1040C0);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(png, "png", out);

        BufferedImage display = ImageIO.read(new ByteArrayInputStream(SitePhotoImage.process(out.toByteArray()).display()));
        assertThat(display.getWidth()).isEqualTo(200);
        int opaque = display.getRGB(50, 50);
        int transparent = display.getRGB(150, 50);
        assertThat((opaque >> 16) & 0xFF).isLessThan(40);
        assertThat(opaque & 0xFF).isGreaterThan(170);
        assertThat(java.util.List.of((transparent >> 16) & 0xFF, (transparent >> 8) & 0xFF, transparent & 0xFF)).allMatch(c -> c > 240);
    }

    private static double meanDifference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        int count = 0;
        for (int y = 0; y < a.getHeight(); y += 7) {
            for (int x = 0; x < a.getWidth(); x += 7) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                sum += Math.abs(((p >> 16) & 0xFF) - ((q >> 16) & 0xFF)) + Math.abs(((p >> 8) & 0xFF) - ((q >> 8) & 0xFF))
                        + Math.abs((p & 0xFF) - (q & 0xFF));
                count += 3;
            }
        }
        return (double) sum / count;
    }
}
