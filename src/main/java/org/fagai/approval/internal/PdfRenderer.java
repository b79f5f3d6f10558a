package org.fagai.approval.internal;

import org.fagai.shared.StoredText;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * An {@link OfficialDocument} as PDF (OpenPDF), in the layout of {@link DocxRenderer}. The Chinese font is found at run
 * time — {@code fagai.approval.pdf-font} (a .ttf/.otf/.ttc path, ".ttc,N" for a collection's N-th face), else a CJK font
 * installed in the usual places (Debian's fonts-noto-cjk, WenQuanYi, AR PL) — and embedded as a subset.
 */
@Component
class PdfRenderer {

    /** No Chinese font on this machine: the PDF cannot be made (the .docx can). */
    static class NoFont extends RuntimeException {
        NoFont(String message) {
            super(message);
        }
    }

    private static final float MM = 72f / 25.4f;
    private static final List<Path> FONT_DIRECTORIES = List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
            Path.of(System.getProperty("user.home"), ".fonts"), Path.of("/Library/Fonts"), Path.of("/System/Library/Fonts"));

    private final String configured;
    private volatile BaseFont font;

    PdfRenderer(@Value("${fagai.approval.pdf-font:}") String configured) {
        this.configured = configured;
    }

    byte[] render(OfficialDocument d) {
        BaseFont base = font();
        Font title = new Font(base, 22);
        Font body = new Font(base, 16);
        Font small = new Font(base, 10);
        Document doc = new Document(PageSize.A4, 28 * MM, 26 * MM, 37 * MM, 35 * MM);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(d.title());
            doc.open();
            doc.add(centered(d.title(), title));
            if (d.draft()) {
                doc.add(centered("（草稿，未签发）", body));
            } else if (d.number() != null) {
                doc.add(centered(d.number(), body));
            }
            doc.add(new Paragraph(" ", body));
            if (d.addressee() != null) {
                doc.add(lead(new Paragraph(28, d.addressee(), body)));
            }
            for (String p : d.paragraphs()) {
                if (p.equals(OfficialDocument.ITEMS)) {
                    for (int i = 0; i < d.items().size(); i++) {
                        doc.add(indented((i + 1) + ". " + d.items().get(i), body));
                    }
                } else {
                    doc.add(indented(p, body));
                }
            }
            doc.add(new Paragraph(" ", body));
            doc.add(right(d.authority(), body));
            doc.add(right(d.dateText(), body));
            if (d.verifyUrl() != null) {
                Image qr = Image.getInstance(QrCodes.png(d.verifyUrl(), 300));
                qr.scaleAbsolute(28 * MM, 28 * MM);
                doc.add(qr);
                doc.add(new Paragraph("电子证照验证码：" + d.verificationCode() + "（扫描二维码核验真伪）", small));
            }
            doc.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("生成 PDF 失败：" + e.getMessage(), e);
        }
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph p = new Paragraph(32, text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private static Paragraph right(String text, Font font) {
        Paragraph p = new Paragraph(28, text, font);
        p.setAlignment(Element.ALIGN_RIGHT);
        return p;
    }

    private static Paragraph indented(String text, Font font) {
        Paragraph p = new Paragraph(28, text, font);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(font.getSize() * 2);
        return p;
    }

    private static Paragraph lead(Paragraph p) {
        p.setAlignment(Element.ALIGN_LEFT);
        return p;
    }

    /** The Chinese font, found once. */
    BaseFont font() {
        BaseFont found = font;
        if (found == null) {
            synchronized (this) {
                if (font == null) {
                    font = load();
                }
                found = font;
            }
        }
        return found;
    }

    private BaseFont load() {
        List<String> candidates = new ArrayList<>();
        if (!configured.isBlank()) {
            candidates.add(configured.strip());
        } else {
            candidates.addAll(installed());
        }
        for (String candidate : candidates) {
            try {
                return BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (IOException | RuntimeException e) {
                // not a usable font: try the next one
            }
        }
        throw new NoFont(configured.isBlank() ? StoredText.of("approval.error.noFont")
                : StoredText.of("approval.error.noFontConfigured", configured));
    }

    /** CJK fonts on this machine, serif (宋体-like) first, each collection at its Simplified Chinese face. */
    private static List<String> installed() {
        List<Path> files = new ArrayList<>();
        for (Path dir : FONT_DIRECTORIES) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir, 4)) {
                    walk.filter(Files::isRegularFile).filter(PdfRenderer::looksCjk).forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    // unreadable directory: skip it
                }
            }
        }
        files.sort(Comparator.comparing((Path p) -> rank(p.getFileName().toString())).thenComparing(Path::toString));
        List<String> candidates = new ArrayList<>();
        for (Path file : files) {
            String name = file.toString();
            if (name.toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                candidates.add(name + "," + simplifiedChineseFace(name));
            } else {
                candidates.add(name);
            }
        }
        return candidates;
    }

    private static boolean looksCjk(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean font = n.endsWith(".ttc") || n.endsWith(".ttf") || n.endsWith(".otf");
        return font && (n.contains("cjk") || n.contains("wqy") || n.contains("uming") || n.contains("ukai")
                || n.contains("simsun") || n.contains("fangsong") || n.contains("songti") || n.contains("droidsansfallback"));
    }

    private static int rank(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("serif") && n.contains("regular")) {
            return 0;
        }
        if (n.contains("regular")) {
            return 1;
        }
        return n.contains("bold") ? 3 : 2;
    }

    private static int simplifiedChineseFace(String ttc) {
        try {
            String[] names = BaseFont.enumerateTTCNames(ttc);
            for (int i = 0; i < names.length; i++) {
                String n = names[i].toLowerCase(Locale.ROOT);
                if (n.endsWith(" sc") || n.contains("cjksc") || n.contains(" sc ") || n.contains("gb")) {
                    return i;
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall back to the first face
        }
        return 0;
    }
}
