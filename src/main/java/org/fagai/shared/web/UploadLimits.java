package org.fagai.shared.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What an uploaded Office file may expand to before any parser sees it ({@code fagai.upload.*}), and how many imports
 * may run at once. The defaults admit a 100,000-row import sheet and refuse a zip bomb within a second.
 *
 * @param maxEntrySize      uncompressed size of one entry of the archive (e.g. the sheet's XML)
 * @param maxArchiveSize    uncompressed size of all entries together
 * @param maxRatio          uncompressed/compressed size of one entry, checked once it has expanded past 1 MB
 * @param maxEntries        entries in the archive
 * @param maxRows           rows of an imported sheet, the header included
 * @param maxCells          cells of an imported sheet
 * @param maxCellLength     characters of one cell (Excel's own limit is 32,767)
 * @param concurrentImports imports (parsing and storing) running at once on this instance
 * @param importWait        how long the next import waits for a free slot before it is refused with 503
 */
@ConfigurationProperties("fagai.upload")
public record UploadLimits(@DefaultValue("100MB") DataSize maxEntrySize, @DefaultValue("200MB") DataSize maxArchiveSize,
                           @DefaultValue("100") int maxRatio, @DefaultValue("1000") int maxEntries,
                           @DefaultValue("100000") int maxRows, @DefaultValue("2000000") long maxCells,
                           @DefaultValue("32767") int maxCellLength, @DefaultValue("2") int concurrentImports,
                           @DefaultValue("3s") Duration importWait) {

    public UploadLimits {
        if (maxRatio < 1 || maxEntries < 1 || maxRows < 2 || maxCells < 1 || maxCellLength < 1 || concurrentImports < 1) {
            throw new IllegalArgumentException("fagai.upload.* limits must be positive");
        }
    }

    /** The defaults, for code that parses outside a request (benchmarks, tests). */
    public static UploadLimits defaults() {
        return new UploadLimits(DataSize.ofMegabytes(100), DataSize.ofMegabytes(200), 100, 1000, 100_000, 2_000_000,
                32_767, 2, Duration.ofSeconds(3));
    }

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + "MB"
                : bytes >= 1024 * 1024 ? String.format("%.1fMB", bytes / (1024.0 * 1024)) : Math.max(1, bytes / 1024) + "KB";
    }
}
