package org.fagai.shared.web;

import org.fagai.shared.ReaderText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * The document types an uploaded document may be (an application's materials, an item's evidence), recognised by
 * content (magic bytes; for the zip-based formats, the entries inside), never by the name or the browser's content type
 * alone. The name's extension must agree. {@link UploadGuard#checkDocument} applies it after the archive limits.
 */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    OFD("application/ofd", "ofd"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String contentType;
    private final String[] extensions;

    DocumentType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    /**
     * The type of an upload, or a Chinese reason it is refused.
     *
     * @throws IllegalArgumentException with the reason when the file is empty, too large, of another type, or its
     *                                  name does not match its content
     */
    public static DocumentType detect(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException(ReaderText.of("shared.error.emptyFile"));
        }
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException(ReaderText.of("shared.error.documentTooLarge"));
        }
        String extension = extensionOf(fileName);
        DocumentType byContent = byContent(content).orElseThrow(() -> new IllegalArgumentException(
                ReaderText.of("shared.error.documentType")));
        if (!Arrays.asList(byContent.extensions).contains(extension)) {
            throw new IllegalArgumentException(ReaderText.of("shared.error.extensionMismatch", extension, byContent.name()));
        }
        return byContent;
    }

    private static Optional<DocumentType> byContent(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return zipType(content);
        }
        return Optional.empty();
    }

    /** OFD has OFD.xml at its root; .docx word/document.xml; .xlsx xl/workbook.xml. Macro-enabled files are refused. */
    private static Optional<DocumentType> zipType(byte[] content) {
        Path temp = null;
        try {
            temp = Files.createTempFile("fagai-upload", ".zip");
            Files.write(temp, content);
            try (ZipFile zip = new ZipFile(temp.toFile())) {
                if (zip.getEntry("word/vbaProject.bin") != null || zip.getEntry("xl/vbaProject.bin") != null) {
                    return Optional.empty();
                }
                if (zip.getEntry("OFD.xml") != null) {
                    return Optional.of(OFD);
                }
                if (zip.getEntry("word/document.xml") != null) {
                    return Optional.of(DOCX);
                }
                if (zip.getEntry("xl/workbook.xml") != null) {
                    return Optional.of(XLSX);
                }
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temp file left behind is removed with the temp directory
                }
            }
        }
    }

    private static String extensionOf(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return "";
        }
        return fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }
}
