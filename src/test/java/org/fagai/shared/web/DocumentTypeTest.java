package org.fagai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void eachAllowedTypeIsRecognisedByItsContent() throws IOException {
        assertThat(DocumentType.detect("a.pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII))).isEqualTo(DocumentType.PDF);
        assertThat(DocumentType.detect("a.JPG", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).isEqualTo(DocumentType.JPEG);
        assertThat(DocumentType.detect("a.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})).isEqualTo(DocumentType.PNG);
        assertThat(DocumentType.detect("批复.ofd", zip("OFD.xml", "Doc_0/Document.xml"))).isEqualTo(DocumentType.OFD);
        assertThat(DocumentType.detect("报告.docx", zip("[Content_Types].xml", "word/document.xml"))).isEqualTo(DocumentType.DOCX);
        assertThat(DocumentType.detect("表.xlsx", zip("[Content_Types].xml", "xl/workbook.xml"))).isEqualTo(DocumentType.XLSX);
    }

    @Test
    void aZipThatIsNoOfficeDocumentAMacroDocumentAndAMismatchedNameAreRefused() throws IOException {
        assertThatThrownBy(() -> DocumentType.detect("a.docx", zip("readme.txt"))).hasMessageContaining("不是允许的类型");
        assertThatThrownBy(() -> DocumentType.detect("a.docx", zip("word/document.xml", "word/vbaProject.bin")))
                .hasMessageContaining("不是允许的类型");
        assertThatThrownBy(() -> DocumentType.detect("a.xlsx", zip("word/document.xml"))).hasMessageContaining("不符");
        assertThatThrownBy(() -> DocumentType.detect("a.pdf", new byte[0])).hasMessageContaining("为空");
        assertThatThrownBy(() -> DocumentType.detect("a.pdf", new byte[(int) DocumentType.MAX_BYTES + 1])).hasMessageContaining("10MB");
    }
}
