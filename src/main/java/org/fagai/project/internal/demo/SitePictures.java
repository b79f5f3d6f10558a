package org.fagai.project.internal.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Deterministic pictures of a building site (a seed gives always the same picture, different seeds different scenes)
 * as a phone would send them: a JPEG with the EXIF capture time and, optionally, a GPS position. For the demo data and
 * the tests of the photo checks.
 */
public final class SitePictures {

    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

    private SitePictures() {
    }

    public static BufferedImage scene(long seed, int width, int height) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            int horizon = height / 3 + random.nextInt(height / 3);
            g.setPaint(new GradientPaint(0, 0, new Color(120 + random.nextInt(80), 170 + random.nextInt(60), 230), 0, horizon,
                    Color.WHITE));
            g.fillRect(0, 0, width, horizon);
            g.setColor(new Color(110 + random.nextInt(60), 90 + random.nextInt(40), 60 + random.nextInt(30)));
            g.fillRect(0, horizon, width, height - horizon);
            for (int i = 0; i < 6 + random.nextInt(6); i++) {
                int w = width / 12 + random.nextInt(width / 5);
                int h = height / 8 + random.nextInt(horizon);
                int x = random.nextInt(width - w / 2);
                g.setColor(new Color(random.nextInt(200), random.nextInt(200), random.nextInt(200)));
                g.fillRect(x, horizon - h + random.nextInt(height / 6), w, h);
            }
            g.setColor(new Color(230, 170 + random.nextInt(50), 0));
            int craneX = random.nextInt(width * 3 / 4);
            g.fillRect(craneX, height / 10, width / 60 + 2, horizon);
            g.fillRect(craneX - width / 6, height / 10, width / 3, height / 60 + 2);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The scene as a JPEG taken at {@code takenAt} (null: without EXIF), with a GPS position when asked. */
    public static byte[] jpeg(long seed, int width, int height, LocalDateTime takenAt, boolean withLocation) {
        return jpeg(scene(seed, width, height), takenAt, withLocation);
    }

    public static byte[] jpeg(BufferedImage image, LocalDateTime takenAt, boolean withLocation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] plain = out.toByteArray();
        if (takenAt == null) {
            return plain;
        }
        byte[] app1 = exifSegment(takenAt, withLocation);
        ByteBuffer stamped = ByteBuffer.allocate(plain.length + app1.length);
        stamped.put(plain, 0, 2).put(app1).put(plain, 2, plain.length - 2);
        return stamped.array();
    }

    /** An APP1 segment: IFD0 pointing to the Exif IFD (DateTimeOriginal) and, if asked, to a GPS IFD (latitude). */
    private static byte[] exifSegment(LocalDateTime takenAt, boolean withLocation) {
        int ifd0Entries = withLocation ? 2 : 1;
        int exifIfd = 8 + 2 + ifd0Entries * 12 + 4;
        int dateOffset = exifIfd + 2 + 12 + 4;
        int gpsIfd = dateOffset + 20;
        int latitudeOffset = gpsIfd + 2 + 2 * 12 + 4;
        int tiffLength = withLocation ? latitudeOffset + 24 : gpsIfd;
        ByteBuffer tiff = ByteBuffer.allocate(tiffLength);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) ifd0Entries);
        entry(tiff, 0x8769, 4, 1, exifIfd);
        if (withLocation) {
            entry(tiff, 0x8825, 4, 1, gpsIfd);
        }
        tiff.putInt(0);
        tiff.putShort((short) 1);
        entry(tiff, 0x9003, 2, 20, dateOffset);
        tiff.putInt(0);
        tiff.put((EXIF_TIME.format(takenAt) + "\0").getBytes(StandardCharsets.US_ASCII));
        if (withLocation) {
            tiff.putShort((short) 2);
            tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
            entry(tiff, 2, 5, 3, latitudeOffset);
            tiff.putInt(0);
            tiff.putInt(29).putInt(1).putInt(52).putInt(1).putInt(1234).putInt(100);
        }
        byte[] body = tiff.array();
        ByteBuffer segment = ByteBuffer.allocate(4 + 6 + body.length);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + body.length));
        segment.put(new byte[] {'E', 'x', 'i', 'f', 0, 0}).put(body);
        return segment.array();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }
}
