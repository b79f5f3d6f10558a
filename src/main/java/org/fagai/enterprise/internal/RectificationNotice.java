package org.fagai.enterprise.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * 安全生产隐患整改通知书 as .docx, in the government-document layout (GB/T 9704: A4, margins 37/35/28/26 mm, title in
 * 小标宋 二号, body in 仿宋 三号): number, enterprise, hazard, measures, deadline, the reporting duty, issuer and date.
 */
final class RectificationNotice {

    private static final int TWIPS_PER_MM = 57;

    private RectificationNotice() {
    }

    static byte[] write(HazardView h, String enterpriseName, String issuer, LocalDate deadline) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            margins(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, "安全生产隐患整改通知书", "方正小标宋简体", 22, false);
            XWPFParagraph number = doc.createParagraph();
            number.setAlignment(ParagraphAlignment.CENTER);
            run(number, h.noticeNumber(), "仿宋", 16, false);
            body(doc, enterpriseName + "：");
            body(doc, "　　" + h.foundOn() + "，我单位对你单位进行安全生产检查，发现以下" + ("MAJOR".equals(h.level()) ? "重大" : "一般")
                    + "事故隐患：" + h.description());
            body(doc, "　　根据《中华人民共和国安全生产法》有关规定，现责令你单位按以下措施进行整改：" + h.measures());
            body(doc, "　　整改期限：" + h.noticeWorkingDays() + "个工作日，于" + deadline + "前整改完毕，并将整改情况及佐证材料报送我单位。"
                    + "逾期未整改或整改不到位的，将依法处理。");
            XWPFParagraph signature = doc.createParagraph();
            signature.setAlignment(ParagraphAlignment.RIGHT);
            run(signature, issuer, "仿宋", 16, false);
            XWPFParagraph date = doc.createParagraph();
            date.setAlignment(ParagraphAlignment.RIGHT);
            run(date, h.noticeIssuedOn().getYear() + "年" + h.noticeIssuedOn().getMonthValue() + "月" + h.noticeIssuedOn().getDayOfMonth() + "日",
                    "仿宋", 16, false);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void body(XWPFDocument doc, String text) {
        run(doc.createParagraph(), text, "仿宋", 16, false);
    }

    private static void run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(font);
        run.setFontSize(size);
        run.setBold(bold);
    }

    private static void margins(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margin = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margin.setTop(BigInteger.valueOf(37L * TWIPS_PER_MM));
        margin.setBottom(BigInteger.valueOf(35L * TWIPS_PER_MM));
        margin.setLeft(BigInteger.valueOf(28L * TWIPS_PER_MM));
        margin.setRight(BigInteger.valueOf(26L * TWIPS_PER_MM));
    }
}
