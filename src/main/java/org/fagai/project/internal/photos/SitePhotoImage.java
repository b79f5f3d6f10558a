package org.fagai.project.internal.photos;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.UploadRefused;
import org.springframework.http.HttpStatus;

/**
 * What the platform keeps of an uploaded site photo: a display copy and a thumbnail (re-encoded JPEGs, so they carry no
 * metadata and no location), the capture time from the original's EXIF, and the hashes the trust checks compare. The
 * dimensions are read from the header and bounded before any pixel is decoded, and the decoder subsamples large
 * photos, so a decompression bomb costs neither memory nor time.
 */
final class SitePhotoImage {

    /** 64 million pixels: a 50-megapixel phone camera passes, a PNG of 100000 × 100000 does not. */
    static final long MAX_PIXELS = 64_000_000L;
    static final int MAX_SIDE = 20_000;
    static final int DISPLAY_EDGE = 1600;
    static final int THUMBNAIL_EDGE = 320;
    private static final float JPEG_QUALITY = 0.85f;
    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss", Locale.ROOT);

    record Processed(byte[] display, byte[] thumbnail, int width, int height, LocalDateTime takenAt, byte[] sha256,
                     long dhash) {
    }

    private SitePhotoImage() {
    }

    /**
     * @throws UploadRefused 413 when the picture has too many pixels, 422 when it cannot be decoded
     */
    static Processed process(byte[] original) {
        BufferedImage decoded = decodeBounded(original);
        Metadata metadata = metadataOrNull(original);
        int rotation = rotationOf(metadata);
        try {
            double scale = Math.min(1.0, (double) DISPLAY_EDGE / Math.max(decoded.getWidth(), decoded.getHeight()));
            // a picture already small enough and upright is its own display copy: no drawing it again at the same size
            BufferedImage display = scale == 1.0 && rotation == 0 ? bgr(decoded)
                    : Thumbnails.of(decoded).scale(scale).rotate(rotation).imageType(BufferedImage.TYPE_3BYTE_BGR).asBufferedImage();
            BufferedImage thumbnail = Thumbnails.of(display).size(THUMBNAIL_EDGE, THUMBNAIL_EDGE)
                    .imageType(BufferedImage.TYPE_3BYTE_BGR).asBufferedImage();
            return new Processed(jpeg(display), jpeg(thumbnail), display.getWidth(), display.getHeight(), takenAt(metadata),
                    sha256(original), DHash.of(display));
        } catch (IOException e) {
            throw refused("照片无法处理：" + e.getMessage());
        }
    }

    private static BufferedImage decodeBounded(byte[] original) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(original))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw refused(StoredText.of("project.error.photoUnrecognised"));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                    throw new UploadRefused(HttpStatus.CONTENT_TOO_LARGE, StoredText.of("project.error.photoTooManyPixels",
                            width, height, MAX_PIXELS / 1_000_000, MAX_SIDE));
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / (2 * DISPLAY_EDGE));
                param.setSourceSubsampling(step, step, 0, 0);
                return opaque(reader.read(0, param));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UploadRefused refused) {
                throw refused;
            }
            throw refused(StoredText.of("project.error.photoDamaged"));
        }
    }

    /** JPEG has no transparency: a PNG's transparent parts become white. */
    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /**
     * The JPEG writer reads a picture's rows as bytes: from a byte-interleaved image it copies them, from an int-packed
     * one it converts pixel by pixel, so the copies are made as {@code TYPE_3BYTE_BGR}.
     */
    private static BufferedImage bgr(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage bgr = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = bgr.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return bgr;
    }

    /** Only the pixels are written (JFIF, no EXIF, no location). */
    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The EXIF capture time (DateTimeOriginal, the camera's local time); null when absent or unreadable. */
    private static LocalDateTime takenAt(Metadata metadata) {
        try {
            ExifSubIFDDirectory exif = metadata == null ? null : metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
            String text = exif == null ? null : exif.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL);
            return text == null ? null : LocalDateTime.parse(text.trim(), EXIF_TIME);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Phones store the picture as the sensor saw it and say in EXIF how to turn it: 3, 6 and 8 are the turns. */
    private static int rotationOf(Metadata metadata) {
        try {
            ExifIFD0Directory ifd0 = metadata == null ? null : metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            Integer orientation = ifd0 == null ? null : ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
            return orientation == null ? 0 : switch (orientation) {
                case 3 -> 180;
                case 6 -> 90;
                case 8 -> 270;
                default -> 0;
            };
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** The original's metadata, read once; null when unreadable (no capture time, no turn). */
    private static Metadata metadataOrNull(byte[] original) {
        try {
            return metadata(original);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Metadata metadata(byte[] original) throws IOException {
        try {
            return ImageMetadataReader.readMetadata(new ByteArrayInputStream(original), original.length);
        } catch (ImageProcessingException e) {
            throw new IOException(e);
        }
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UploadRefused refused(String reason) {
        return new UploadRefused(HttpStatus.UNPROCESSABLE_CONTENT, reason);
    }
}
