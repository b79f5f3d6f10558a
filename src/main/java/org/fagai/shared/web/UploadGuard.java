package org.fagai.shared.web;

import org.fagai.shared.ReaderText;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The one guard every upload passes before a parser sees it: a zip-based Office file (.xlsx, .docx, .ofd) must
 * expand within {@link UploadLimits}, and only a few imports run at once, so no file and no burst of files can exhaust
 * the heap. Everything the platform opens with POI (the brief's Word template) is bounded by the same limits too.
 */
@Component
public class UploadGuard {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final UploadLimits limits;
    private final Semaphore imports;

    UploadGuard(UploadLimits limits) {
        this.limits = limits;
        this.imports = new Semaphore(limits.concurrentImports(), true);
        boundPoi(limits);
    }

    public UploadLimits limits() {
        return limits;
    }

    /** Whether the content starts like a zip archive (every OOXML and OFD file does). */
    public static boolean looksLikeZip(byte[] head) {
        return head != null && head.length >= ZIP_MAGIC.length && Arrays.equals(head, 0, ZIP_MAGIC.length, ZIP_MAGIC, 0,
                ZIP_MAGIC.length);
    }

    /**
     * Inflates a zip-based Office file held in memory once, within the limits.
     *
     * @return its entry names
     * @throws UploadRefused 413 for a zip bomb, 422 for a damaged archive
     */
    public Set<String> checkOfficeFile(byte[] content) {
        return OfficeArchive.inspect(new SeekableInMemoryByteChannel(content), limits);
    }

    /** {@link #checkOfficeFile(byte[])} for a file on disk (an upload spooled to a temporary file). */
    public Set<String> checkOfficeFile(Path file) {
        return OfficeArchive.inspect(file, limits);
    }

    /**
     * Checks an uploaded document (not an import): its size, then, for a zip-based file, the archive limits (a zip bomb
     * renamed .docx is refused before anything inflates it), then its type by content, which the name's extension
     * must agree with.
     *
     * @return the type, whose content type is the one to store and serve
     * @throws UploadRefused 413 when too large or a zip bomb, 422 when empty, damaged or not an allowed type
     */
    public DocumentType checkDocument(String fileName, byte[] content) {
        if (content != null && content.length > DocumentType.MAX_BYTES) {
            throw UploadRefused.tooLarge(ReaderText.of("shared.error.fileTooLarge", fileName, UploadLimits.megabytes(DocumentType.MAX_BYTES)));
        }
        if (looksLikeZip(content)) {
            checkOfficeFile(content);
        }
        try {
            return DocumentType.detect(fileName, content);
        } catch (IllegalArgumentException e) {
            throw UploadRefused.invalid(ReaderText.of("shared.error.fileRefused", fileName, e.getMessage()));
        }
    }

    /**
     * Runs an import (its parsing and its storing) when one of the {@code concurrent-imports} slots is free, waiting
     * at most {@code import-wait} for one.
     *
     * @throws UploadRefused 503 when no slot frees in time
     */
    public <T> T admit(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = imports.tryAcquire(limits.importWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new UploadRefused(HttpStatus.SERVICE_UNAVAILABLE, ReaderText.of("shared.error.importsBusy", limits.concurrentImports()));
        }
        try {
            return work.get();
        } finally {
            imports.release();
        }
    }

    /** POI keeps its zip limits in static fields: the platform's limits apply to every file POI opens. */
    private static void boundPoi(UploadLimits limits) {
        ZipSecureFile.setMaxEntrySize(limits.maxEntrySize().toBytes());
        ZipSecureFile.setMinInflateRatio(1.0 / limits.maxRatio());
        ZipSecureFile.setMaxFileCount(limits.maxEntries());
    }
}
