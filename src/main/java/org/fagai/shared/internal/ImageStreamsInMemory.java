package org.fagai.shared.internal;

import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * ImageIO buffers every image stream it reads or writes in a temporary file unless told otherwise: a site photo's
 * upload (decode, the display copy and the thumbnail encoded) made three files in the temp directory, each created,
 * written, read back and deleted (JFR under the month-end load test: the temp files' random names queued request
 * threads on a shared {@code SecureRandom}). The platform's images are all bounded in memory already (uploads by
 * {@code UploadGuard}, decoded pixels by {@code SitePhotoImage}), so the streams are buffered in memory.
 */
@Component
class ImageStreamsInMemory {

    ImageStreamsInMemory() {
        ImageIO.setUseCache(false);
    }
}
