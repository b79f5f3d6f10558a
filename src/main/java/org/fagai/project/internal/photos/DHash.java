package org.fagai.project.internal.photos;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import net.coobird.thumbnailator.Thumbnails;

/**
 * The difference hash of a picture: shrunk to 9 × 8 grey pixels, each bit says whether a pixel is brighter than its
 * right neighbour. A re-saved, resized or slightly re-compressed copy differs in a few bits at most; another scene in
 * about half of them.
 */
final class DHash {

    /** Hashes within this many bits are taken for the same picture. */
    static final int NEAR_DISTANCE = 3;

    private DHash() {
    }

    static long of(BufferedImage image) {
        BufferedImage small;
        try {
            small = Thumbnails.of(image).forceSize(9, 8).asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long hash = 0;
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                hash = (hash << 1) | (grey(small.getRGB(x, y)) > grey(small.getRGB(x + 1, y)) ? 1 : 0);
            }
        }
        return hash;
    }

    private static int grey(int rgb) {
        return (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
    }

    static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** The hash in four 16-bit quarters, highest first: hashes within {@link #NEAR_DISTANCE} bits share one quarter. */
    static short[] quarters(long hash) {
        return new short[] {(short) (hash >>> 48), (short) (hash >>> 32), (short) (hash >>> 16), (short) hash};
    }
}
