package org.fagai.enterprise.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Real and hostile photos for the upload tests. */
final class Images {

    private Images() {
    }

    /** A real 8 × 8 PNG. */
    static byte[] png() {
        try {
            BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            image.setRGB(3, 3, 0xC0392B);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JPEG's first bytes followed by {@code size} bytes of noise: too large a photo. */
    static byte[] jpegOf(int size) {
        byte[] bytes = new byte[size];
        new Random(3).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }

    /** A .docx (word/document.xml inside), to be sent under a photo's name. */
    static byte[] docx() {
        return zip("word/document.xml", "<w:document/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A zip whose one entry inflates to 64 MB of zeros from about 64 KB: a zip bomb at a photo's size. */
    static byte[] zipBomb() {
        return zip("word/document.xml", new byte[64 * 1024 * 1024]);
    }

    private static byte[] zip(String entry, byte[] content) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.setLevel(9);
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(content);
                zip.closeEntry();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
