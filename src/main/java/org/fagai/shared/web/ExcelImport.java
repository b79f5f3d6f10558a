package org.fagai.shared.web;

import org.fagai.shared.ReaderText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Every import's way in: an uploaded .xlsx is spooled to a temporary file, checked by content and by what it expands
 * to ({@link UploadGuard}), streamed within the row, cell and cell-length limits, and handed to the importer; all
 * inside one of the few import slots, so a burst of large files waits or is refused instead of exhausting the heap.
 * Columns are found by their header text (any order; full-width brackets accepted).
 */
@Component
public class ExcelImport {

    private static final String WORKBOOK_ENTRY = "xl/workbook.xml";

    private final UploadGuard guard;

    ExcelImport(UploadGuard guard) {
        this.guard = guard;
    }

    /**
     * Reads the first sheet of the upload and stores its rows with {@code store}, which throws {@link ImportRejected}
     * (or a subclass) to change nothing.
     */
    public <T> T importFile(MultipartFile file, List<String> requiredHeaders, Function<List<ExcelRow>, T> store) {
        if (file == null || file.isEmpty()) {
            throw ImportRejected.of(ReaderText.of("shared.error.chooseExcel"));
        }
        return guard.admit(() -> {
            Path temp = spool(file);
            try {
                return store.apply(read(temp, requiredHeaders, guard.limits()));
            } finally {
                delete(temp);
            }
        });
    }

    /** Parses a workbook outside a request (benchmarks, tests) with the default limits and no import slot. */
    public static List<ExcelRow> read(InputStream input, List<String> requiredHeaders) {
        Path temp = null;
        try {
            temp = Files.createTempFile("fagai-import", ".xlsx");
            Files.copy(input, temp, StandardCopyOption.REPLACE_EXISTING);
            return read(temp, requiredHeaders, UploadLimits.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                delete(temp);
            }
        }
    }

    private static List<ExcelRow> read(Path file, List<String> requiredHeaders, UploadLimits limits) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        } catch (IOException e) {
            throw ImportRejected.of(ReaderText.of("shared.error.unreadable"));
        }
        if (!UploadGuard.looksLikeZip(head)) {
            throw UploadRefused.invalid(ReaderText.of("shared.error.notXlsx"));
        }
        if (!OfficeArchive.inspect(file, limits).contains(WORKBOOK_ENTRY)) {
            throw UploadRefused.invalid(ReaderText.of("shared.error.notWorkbook"));
        }
        return SheetReader.read(file, requiredHeaders, limits);
    }

    static String normalizeHeader(String header) {
        return SheetReader.normalizeHeader(header);
    }

    private static Path spool(MultipartFile file) {
        try {
            Path temp = Files.createTempFile("fagai-import", ".xlsx");
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            return temp;
        } catch (IOException e) {
            throw ImportRejected.of(ReaderText.of("shared.error.unreadable"));
        }
    }

    private static void delete(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a temporary file left behind goes with the temporary directory
        }
    }
}
