package org.fagai.energy.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The year's 节能目标责任考核 report as .docx in the government-document layout (A4, margins 37/35/28/26 mm, title 小标宋
 * 二号, body 仿宋 三号): how many subjects reached each grade, the ranked results, each subject's indicator scores.
 */
final class AssessmentReport {

    private static final int TWIPS_PER_MM = 57;

    private AssessmentReport() {
    }

    static byte[] write(int year, String regionName, List<AssessmentView> results) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            margins(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, regionName + year + "年度节能目标责任考核结果", "方正小标宋简体", 22);
            long[] counts = new long[EnergyRules.Grade.values().length];
            results.forEach(a -> counts[a.grade().ordinal()]++);
            body(doc, "　　一、总体情况");
            body(doc, "　　" + year + "年度共考核" + results.size() + "个对象，其中超额完成" + counts[0] + "个、完成" + counts[1] + "个、基本完成"
                    + counts[2] + "个、未完成" + counts[3] + "个。");
            body(doc, "　　二、考核结果");
            XWPFTable table = doc.createTable(results.size() + 1, 4);
            cells(table, 0, "序号", "考核对象", "综合得分", "考核等级");
            for (int i = 0; i < results.size(); i++) {
                AssessmentView a = results.get(i);
                cells(table, i + 1, String.valueOf(i + 1), a.subjectName(), a.totalScore().toPlainString(), a.grade().chinese());
            }
            body(doc, "　　三、分项得分");
            int n = 1;
            for (AssessmentView a : results) {
                StringBuilder s = new StringBuilder("　　" + n++ + "．" + a.subjectName() + "：");
                for (AssessmentView.Line line : a.lines()) {
                    s.append(line.name()).append("（权重").append(line.weight().stripTrailingZeros().toPlainString()).append("）得分")
                            .append(line.score().stripTrailingZeros().toPlainString()).append("；");
                }
                s.append("综合得分").append(a.totalScore().toPlainString()).append("分，").append(a.grade().chinese()).append("。");
                if (a.comment() != null && !a.comment().isBlank()) {
                    s.append(a.comment());
                }
                body(doc, s.toString());
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cells(XWPFTable table, int row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            table.getRow(row).getCell(i).setText(texts[i]);
        }
    }

    private static void body(XWPFDocument doc, String text) {
        run(doc.createParagraph(), text, "仿宋", 16);
    }

    private static void run(XWPFParagraph paragraph, String text, String font, int size) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(font);
        run.setFontSize(size);
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
