package org.fagai.supervision.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.fagai.supervision.Colour;
import org.springframework.stereotype.Component;

/** 督办通报: a month's .docx drafted from the statistics and the red items, for staff to edit and issue. */
@Component
class SupervisionBulletin {

    private final SupervisionStatistics statistics;
    private final ItemSearch search;

    SupervisionBulletin(SupervisionStatistics statistics, ItemSearch search) {
        this.statistics = statistics;
        this.search = search;
    }

    /** The bulletin is written in Chinese: the items' titles a module stored as sentences read in Chinese too. */
    private static <T> T inChinese(java.util.function.Supplier<T> work) {
        org.springframework.context.i18n.LocaleContext previous = org.springframework.context.i18n.LocaleContextHolder.getLocaleContext();
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            return work.get();
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.setLocaleContext(previous);
        }
    }

    byte[] draft(YearMonth month) {
        SupervisionStatistics.Report report = statistics.report(month.getYear());
        SupervisionStatistics.Row t = report.total();
        List<ItemRow> red = inChinese(() -> search.search(new ItemQuery(null, null, Colour.RED, null, month.getYear(), null, null,
                null, "deadline", 0, 200))).items().stream().filter(r -> r.state().open()).toList();
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, "督办通报（" + month.getYear() + "年" + month.getMonthValue() + "月）", true, 18);
            run(doc.createParagraph(), "截至" + month.getMonthValue() + "月底，" + month.getYear() + "年共交办督办事项" + t.assigned()
                    + "项，已办结" + t.closed() + "项，其中按期办结" + t.closedOnTime() + "项，逾期" + t.overdue() + "项；办结率"
                    + rate(t.closedRate()) + "，按期办结率" + rate(t.onTimeRate()) + "。", false, 12);
            run(doc.createParagraph(), "一、各牵头单位办理情况", true, 14);
            XWPFTable units = doc.createTable(report.byUnit().size() + 1, 5);
            String[] head = {"牵头单位", "交办", "办结", "逾期", "按期办结率"};
            for (int c = 0; c < head.length; c++) {
                units.getRow(0).getCell(c).setText(head[c]);
            }
            for (int r = 0; r < report.byUnit().size(); r++) {
                SupervisionStatistics.Row row = report.byUnit().get(r);
                String[] cells = {row.label(), "" + row.assigned(), "" + row.closed(), "" + row.overdue(), rate(row.onTimeRate())};
                for (int c = 0; c < cells.length; c++) {
                    units.getRow(r + 1).getCell(c).setText(cells[c]);
                }
            }
            run(doc.createParagraph(), "二、逾期未办结事项（" + red.size() + "项）", true, 14);
            int n = 1;
            for (ItemRow r : red) {
                run(doc.createParagraph(), (n++) + ". " + r.title() + "（牵头单位：" + r.leadUnitName() + "，责任人：" + r.leadPersonName()
                        + "，期限：" + r.deadline() + "）", false, 12);
            }
            run(doc.createParagraph(), "请各牵头单位对照期限抓紧办理，逾期事项已提级督办。", false, 12);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily("仿宋");
    }

    private static String rate(java.math.BigDecimal rate) {
        return rate == null ? "—" : rate.toPlainString() + "%";
    }
}
