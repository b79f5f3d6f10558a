package org.fagai.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.fagai.cockpit.SummaryFigure;
import org.fagai.cockpit.SummaryParagraph;
import org.fagai.shared.ChinaTime;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Writes a drafted work summary in the government-document layout of the brief's template (its page, styles and
 * footer): the title, seed 000's headings, the data sentences as 一是…二是… under them, headed blanks for the author's
 * narrative, and the appendix table tracing every figure.
 */
@Component
class WorkSummaryDocx {

    static final String TEMPLATE = "report/economic-brief.docx";
    static final String AUTHOR_BLANK = "（此部分由起草人撰写。）";
    static final String APPENDIX_TITLE = "附表：数据来源";
    static final List<String> PART_HEADINGS = List.of("（一）坚持思想铸魂，机关党建水平全面提升", "（二）强化履职担当，推动经济高质量发展",
            "（三）回应社会关切，发展服务能力有效提升");
    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final Clock clock;

    WorkSummaryDocx(Clock clock) {
        this.clock = clock;
    }

    byte[] render(WorkSummaryDraft draft) {
        try (InputStream in = new ClassPathResource(TEMPLATE).getInputStream();
             XWPFDocument doc = new XWPFDocument(in);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            while (!doc.getBodyElements().isEmpty()) {
                doc.removeBodyElement(0);
            }
            paragraph(doc, "FagaiTitle", draft.title());
            paragraph(doc, "FagaiCaption", "（初稿，数据截至" + draft.scope().periodLabel() + "，生成于"
                    + LocalDate.now(clock.withZone(ChinaTime.ZONE)) + "）");
            paragraph(doc, "FagaiBody", AUTHOR_BLANK);
            paragraph(doc, "FagaiHeading1", "一、主要工作开展情况");
            for (int part = 1; part <= PART_HEADINGS.size(); part++) {
                paragraph(doc, "FagaiHeading2", PART_HEADINGS.get(part - 1));
                paragraph(doc, "FagaiBody", AUTHOR_BLANK);
                List<SummaryParagraph> data = draft.inPart(part);
                for (int i = 0; i < data.size(); i++) {
                    paragraph(doc, "FagaiBody", numbered(i, data.get(i)));
                }
            }
            paragraph(doc, "FagaiHeading1", "二、下一步工作计划");
            paragraph(doc, "FagaiBody", AUTHOR_BLANK);
            appendix(doc, draft.figures());
            OfficialTables.finish(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("工作总结模板无法读取：" + TEMPLATE, e);
        }
    }

    /** 一是经济运行。地区生产总值2578亿元，… */
    static String numbered(int index, SummaryParagraph p) {
        String ordinal = index < ORDINALS.length ? ORDINALS[index] : String.valueOf(index + 1);
        return ordinal + "是" + p.topic() + "。" + p.sentence();
    }

    private static void appendix(XWPFDocument doc, List<SummaryFigure> figures) {
        XWPFParagraph title = paragraph(doc, "FagaiHeading3", APPENDIX_TITLE);
        title.setPageBreak(true);
        XWPFTable table = doc.createTable(figures.size() + 1, 6);
        table.setWidth("100%");
        cells(table.getRow(0), "序号", "指标", "数值", "期间", "地区", "数据来源");
        for (int i = 0; i < figures.size(); i++) {
            SummaryFigure f = figures.get(i);
            cells(table.getRow(i + 1), String.valueOf(i + 1), f.name(), f.value(), f.period(), f.region(), f.source());
        }
    }

    private static void cells(XWPFTableRow row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            row.getCell(i).setText(texts[i] == null ? "—" : texts[i]);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
        return p;
    }
}
