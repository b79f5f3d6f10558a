package org.fagai.approval.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * An {@link OfficialDocument} as .docx in the GB/T 9704 layout: A4, margins 37/35/28/26 mm, the title in a 小标宋-style
 * font at 二号 (22 pt), the body in a 仿宋-style font at 三号 (16 pt) with a two-character first-line indent.
 */
final class DocxRenderer {

    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String BODY_FONT = "仿宋_GB2312";
    private static final int TWIPS_PER_MM = 1440 * 10 / 254;

    private DocxRenderer() {
    }

    static byte[] render(OfficialDocument d) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            line(doc, d.title(), TITLE_FONT, 22, ParagraphAlignment.CENTER, false, true);
            if (d.draft()) {
                line(doc, "（草稿，未签发）", BODY_FONT, 16, ParagraphAlignment.CENTER, false, false);
            } else if (d.number() != null) {
                line(doc, d.number(), BODY_FONT, 16, ParagraphAlignment.CENTER, false, false);
            }
            line(doc, "", BODY_FONT, 16, ParagraphAlignment.LEFT, false, false);
            if (d.addressee() != null) {
                line(doc, d.addressee(), BODY_FONT, 16, ParagraphAlignment.LEFT, false, false);
            }
            for (String p : d.paragraphs()) {
                if (p.equals(OfficialDocument.ITEMS)) {
                    for (int i = 0; i < d.items().size(); i++) {
                        line(doc, (i + 1) + ". " + d.items().get(i), BODY_FONT, 16, ParagraphAlignment.LEFT, true, false);
                    }
                } else {
                    line(doc, p, BODY_FONT, 16, ParagraphAlignment.BOTH, true, false);
                }
            }
            line(doc, "", BODY_FONT, 16, ParagraphAlignment.LEFT, false, false);
            line(doc, d.authority(), BODY_FONT, 16, ParagraphAlignment.RIGHT, false, false);
            line(doc, d.dateText(), BODY_FONT, 16, ParagraphAlignment.RIGHT, false, false);
            if (d.verifyUrl() != null) {
                XWPFParagraph qr = doc.createParagraph();
                qr.setAlignment(ParagraphAlignment.LEFT);
                XWPFRun run = qr.createRun();
                run.addPicture(new ByteArrayInputStream(QrCodes.png(d.verifyUrl(), 300)), XWPFDocument.PICTURE_TYPE_PNG,
                        "verify.png", Units.toEMU(80), Units.toEMU(80));
                line(doc, "电子证照验证码：" + d.verificationCode() + "（扫描二维码核验真伪）", BODY_FONT, 10,
                        ParagraphAlignment.LEFT, false, false);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new UncheckedIOException(e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(210L * TWIPS_PER_MM));
        size.setH(BigInteger.valueOf(297L * TWIPS_PER_MM));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(37L * TWIPS_PER_MM));
        margins.setBottom(BigInteger.valueOf(35L * TWIPS_PER_MM));
        margins.setLeft(BigInteger.valueOf(28L * TWIPS_PER_MM));
        margins.setRight(BigInteger.valueOf(26L * TWIPS_PER_MM));
    }

    private static void line(XWPFDocument doc, String text, String font, int points, ParagraphAlignment alignment,
                             boolean indent, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingBetween(28, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        if (indent) {
            p.setIndentationFirstLine(points * 20 * 2);
        }
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontFamily(font);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(points);
        run.setBold(bold);
    }
}
