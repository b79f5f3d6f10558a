package org.fagai.shared.web;

import org.fagai.shared.ReaderText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * Inflates every entry of a zip-based Office file (.xlsx, .docx, .ofd) once through a bounded, counting stream and
 * refuses it as soon as an entry, the whole archive or an entry's compression ratio passes its limit. Sizes declared
 * in the archive are never trusted: only the bytes actually inflated count. commons-compress reads the archive the
 * way fastexcel and POI do (by its central directory), so the parser later sees exactly the entries checked here.
 */
final class OfficeArchive {

    /** Small entries (styles, relations) may compress very well; the ratio is judged once an entry is this large. */
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;
    private static final int NAME_SHOWN = 80;

    private OfficeArchive() {
    }

    /** The archive's entry names, once every entry inflated within the limits. */
    static Set<String> inspect(Path file, UploadLimits limits) {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            return inspect(zip, limits);
        } catch (IOException | RuntimeException e) {
            throw rethrow(e);
        }
    }

    static Set<String> inspect(SeekableByteChannel channel, UploadLimits limits) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(channel).get()) {
            return inspect(zip, limits);
        } catch (IOException | RuntimeException e) {
            throw rethrow(e);
        }
    }

    private static Set<String> inspect(ZipFile zip, UploadLimits limits) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            if (names.size() >= limits.maxEntries()) {
                throw UploadRefused.tooLarge(ReaderText.of("shared.error.tooManyEntries", limits.maxEntries()));
            }
            names.add(entry.getName());
            if (entry.isDirectory()) {
                continue;
            }
            long inflated = 0;
            try (InputStream in = zip.getInputStream(entry)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    inflated += n;
                    total += n;
                    checkEntry(entry.getName(), inflated, compressedSoFar(in, entry), limits);
                    if (total > limits.maxArchiveSize().toBytes()) {
                        throw UploadRefused.tooLarge(ReaderText.of("shared.error.archiveTooLarge",
                                UploadLimits.megabytes(limits.maxArchiveSize().toBytes())));
                    }
                }
            }
        }
        return names;
    }

    /** The compressed bytes consumed so far, so a bomb is caught after its first megabyte, not at the entry's cap. */
    private static long compressedSoFar(InputStream in, ZipArchiveEntry entry) {
        long count = in instanceof InputStreamStatistics statistics ? statistics.getCompressedCount() : entry.getCompressedSize();
        return Math.max(1, count);
    }

    private static void checkEntry(String name, long inflated, long compressed, UploadLimits limits) {
        if (inflated > limits.maxEntrySize().toBytes()) {
            throw UploadRefused.tooLarge(ReaderText.of("shared.error.entryTooLarge",
                    UploadLimits.megabytes(limits.maxEntrySize().toBytes()), shown(name)));
        }
        if (inflated > RATIO_GRACE_BYTES && inflated / compressed > limits.maxRatio()) {
            throw UploadRefused.tooLarge(ReaderText.of("shared.error.ratioTooHigh", limits.maxRatio(), shown(name)));
        }
    }

    private static RuntimeException rethrow(Exception e) {
        if (e instanceof UploadRefused refused) {
            return refused;
        }
        return UploadRefused.invalid(ReaderText.of("shared.error.notOffice"));
    }

    private static String shown(String name) {
        return name.length() > NAME_SHOWN ? name.substring(0, NAME_SHOWN) + "…" : name;
    }
}
