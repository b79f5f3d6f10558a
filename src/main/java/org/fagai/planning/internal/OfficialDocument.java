package org.fagai.planning.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A .docx drafted from data in the government-document layout (GB/T 9704): A4, margins 37/35/28/26 mm, the title in
 * 小标宋 at 二号, headings 一、 in 黑体 and （一） in 楷体, body in 仿宋 at 三号 with a fixed 28.95 pt line (22 lines a
 * page), page numbers in the footer. Staff edit and issue the draft.
 */
public final class OfficialDocument implements AutoCloseable {

    private static final int TWIPS_PER_MM = 57;
    private static final int BODY_SIZE = 16;

    private final XWPFDocument doc = new XWPFDocument();

    public OfficialDocument(String title) {
        page();
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(400);
        run(p, title, "方正小标宋简体", 22, false);
    }

    /** A first-level heading, e.g. "一、总体情况". */
    public OfficialDocument heading(String text) {
        XWPFParagraph p = body();
        run(p, text, "黑体", BODY_SIZE, false);
        return this;
    }

    /** A second-level heading, e.g. "（一）经济发展". */
    public OfficialDocument subheading(String text) {
        XWPFParagraph p = body();
        run(p, text, "楷体_GB2312", BODY_SIZE, false);
        return this;
    }

    public OfficialDocument paragraph(String text) {
        run(body(), text, "仿宋_GB2312", BODY_SIZE, false);
        return this;
    }

    /** A table with a bold header row; cells in 仿宋 at 四号 so wide tables fit the page. */
    public OfficialDocument table(List<String> header, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, header.size());
        table.setWidth("100%");
        fill(table.getRow(0), header, true);
        for (int r = 0; r < rows.size(); r++) {
            fill(table.getRow(r + 1), rows.get(r), false);
        }
        doc.createParagraph();
        return this;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            XWPFRun run = p.createRun();
            run.setText(cells.get(c) == null ? "" : cells.get(c));
            run.setFontFamily("仿宋_GB2312");
            run.setFontSize(12);
            run.setBold(bold);
        }
    }

    private XWPFParagraph body() {
        XWPFParagraph p = doc.createParagraph();
        p.setFirstLineIndent(BODY_SIZE * 2 * 20);
        p.setSpacingBetween(28.95, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        return p;
    }

    private static void run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(font);
        run.setFontSize(size);
        run.setBold(bold);
    }

    private void page() {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(37L * TWIPS_PER_MM));
        margins.setBottom(BigInteger.valueOf(35L * TWIPS_PER_MM));
        margins.setLeft(BigInteger.valueOf(28L * TWIPS_PER_MM));
        margins.setRight(BigInteger.valueOf(26L * TWIPS_PER_MM));
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph number = footer.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        number.getCTP().addNewFldSimple().setInstr("PAGE");
    }
}
