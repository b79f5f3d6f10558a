package org.fagai.shared.web;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Hostile uploads, generated streamed into temporary files so the tests never hold what they expand to: a zip bomb
 * (one inline string of ~1 GB in a sheet of a few MB), files that only claim to be .xlsx, a sheet of too many rows and a
 * sheet with one 5 MB cell.
 */
public final class HostileFiles {

    private static final long GIGABYTE = 1024L * 1024 * 1024;
    private static Path bomb;

    private HostileFiles() {
    }

    /** An .xlsx whose sheet XML inflates to ~1 GB, compressed to ~5 MB; made once per run (about 1.5 s). */
    public static synchronized Path zipBomb() {
        if (bomb == null) {
            bomb = temp(".xlsx");
            try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(bomb)))) {
                zip.setLevel(Deflater.BEST_SPEED);
                skeleton(zip, "xl/workbook.xml", WORKBOOK);
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                zip.write(ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                        + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                        + "<c r=\"A1\" t=\"inlineStr\"><is><t>"));
                byte[] block = new byte[1024 * 1024];
                Arrays.fill(block, (byte) 'A');
                for (long written = 0; written < GIGABYTE; written += block.length) {
                    zip.write(block);
                }
                zip.write(ascii("</t></is></c></row></sheetData></worksheet>"));
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bomb;
    }

    /** A .docx whose document XML inflates to ~1 GB. */
    public static Path docxBomb() {
        Path file = temp(".docx");
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            zip.setLevel(Deflater.BEST_SPEED);
            skeleton(zip, "[Content_Types].xml", "<Types/>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] block = new byte[1024 * 1024];
            Arrays.fill(block, (byte) ' ');
            for (long written = 0; written < GIGABYTE; written += block.length) {
                zip.write(block);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The first bytes of a PNG image followed by noise: an image renamed to .xlsx. */
    public static byte[] pngRenamed() {
        byte[] png = new byte[4096];
        new Random(7).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, png, 0, 8);
        return png;
    }

    public static byte[] textRenamed() {
        return "项目代码,项目名称\n2023-339902-48-01-000001,伪装成表格的文本\n".getBytes(StandardCharsets.UTF_8);
    }

    /** A sheet with the given headers and {@code rows} data rows of plausible values, written streamed. */
    public static Path manyRows(List<String> headers, int rows) {
        Path file = temp(".xlsx");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            Workbook workbook = new Workbook(out, "Fagai", "1.0");
            Worksheet sheet = workbook.newWorksheet("数据");
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
            }
            for (int r = 1; r <= rows; r++) {
                for (int c = 0; c < headers.size(); c++) {
                    sheet.value(r, c, c == 0 ? "R" + r : "x");
                }
                if (r % 10_000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A sheet with the given headers and one data row whose first cell holds 5 MB of random letters. */
    public static Path oneHugeCell(List<String> headers) {
        Random random = new Random(11);
        char[] text = new char[5 * 1024 * 1024];
        for (int i = 0; i < text.length; i++) {
            text[i] = (char) ('a' + random.nextInt(26));
        }
        Path file = temp(".xlsx");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            Workbook workbook = new Workbook(out, "Fagai", "1.0");
            Worksheet sheet = workbook.newWorksheet("数据");
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.value(1, c, c == 0 ? new String(text) : "x");
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String WORKBOOK = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\""
            + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets><sheet name=\"数据\" sheetId=\"1\"/>"
            + "</sheets></workbook>";

    private static void skeleton(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static Path temp(String suffix) {
        try {
            Path file = Files.createTempFile("fagai-hostile", suffix);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
