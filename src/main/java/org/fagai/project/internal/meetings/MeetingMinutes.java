package org.fagai.project.internal.meetings;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The minutes (会议纪要) of a joint meeting as a Word document: header, then one row per agenda item. */
final class MeetingMinutes {

    static final List<String> HEADERS = List.of("序号", "项目", "存在问题", "议定事项", "责任部门", "办结时限", "办理状态");

    private MeetingMinutes() {
    }

    static void write(MeetingView meeting, OutputStream out) {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun titleRun = title.createRun();
            titleRun.setText(meeting.title() + "会议纪要");
            titleRun.setBold(true);
            titleRun.setFontSize(18);
            titleRun.setFontFamily("方正小标宋简体");
            line(doc, "会议时间：" + meeting.heldOn());
            line(doc, "会议地点：" + (meeting.location() == null ? "—" : meeting.location()));
            line(doc, "主持人：" + (meeting.chair() == null ? "—" : meeting.chair()));
            line(doc, "会议研究了" + meeting.items().size() + "个重点项目存在的问题，议定事项如下：");
            XWPFTable table = doc.createTable(meeting.items().size() + 1, HEADERS.size());
            table.setWidth("100%");
            XWPFTableRow header = table.getRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                cell(header, c, HEADERS.get(c), true);
            }
            int r = 1;
            for (MeetingView.Item item : meeting.items()) {
                XWPFTableRow row = table.getRow(r);
                cell(row, 0, String.valueOf(r), false);
                cell(row, 1, item.blocker().projectName() + "（" + item.blocker().projectCode() + "）", false);
                cell(row, 2, item.blocker().category().chinese() + "：" + item.blocker().description(), false);
                cell(row, 3, item.decision() == null ? "待议定" : item.decision(), false);
                cell(row, 4, item.ownerDepartment() == null ? item.blocker().department() : item.ownerDepartment(), false);
                cell(row, 5, item.deadline() == null ? "—" : item.deadline().toString(), false);
                cell(row, 6, item.closed() ? "已办结" : "办理中", false);
                r++;
            }
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(XWPFDocument doc, String text) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setText(text);
        run.setFontFamily("仿宋_GB2312");
        run.setFontSize(14);
    }

    private static void cell(XWPFTableRow row, int c, String text, boolean bold) {
        XWPFParagraph paragraph = row.getCell(c).getParagraphs().get(0);
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(10);
    }
}
