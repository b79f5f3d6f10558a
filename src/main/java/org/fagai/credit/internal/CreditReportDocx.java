package org.fagai.credit.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.fagai.shared.LongTerm;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The credit report as .docx: A4, GB/T 9704 margins, headings 一、二、…, tables of the records, the verification code. */
final class CreditReportDocx {

    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String BODY_FONT = "仿宋_GB2312";
    private static final String HEADING_FONT = "黑体";
    private static final int TWIPS_PER_MM = 1440 * 10 / 254;

    private CreditReportDocx() {
    }

    static byte[] render(CreditReportContent r) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            line(doc, "企业信用报告", TITLE_FONT, 22, ParagraphAlignment.CENTER, true);
            line(doc, "（信易贷、招投标适用）", BODY_FONT, 14, ParagraphAlignment.CENTER, false);
            line(doc, "报告编号（验证码）：" + r.verificationCode(), BODY_FONT, 12, ParagraphAlignment.LEFT, false);
            line(doc, "报告日期：" + date(r.reportDate()), BODY_FONT, 12, ParagraphAlignment.LEFT, false);
            line(doc, "一、主体信息", HEADING_FONT, 16, ParagraphAlignment.LEFT, false);
            body(doc, "主体名称：" + r.entityName());
            body(doc, "统一社会信用代码：" + r.creditCode());
            line(doc, "二、行政许可信息（已公示）", HEADING_FONT, 16, ParagraphAlignment.LEFT, false);
            table(doc, List.of("决定文书号", "许可内容", "决定日期", "有效期", "许可机关"), r.licences().stream()
                    .map(l -> List.of(l.documentNumber(), l.content(), date(l.decisionDate()),
                            date(l.validFrom()) + " 至 " + date(l.validTo()), l.authority())).toList());
            line(doc, "三、行政处罚信息（公示期内）", HEADING_FONT, 16, ParagraphAlignment.LEFT, false);
            table(doc, List.of("决定文书号", "违法行为类型", "处罚内容", "决定日期", "公示截止"), r.penalties().stream()
                    .map(p -> List.of(p.documentNumber(), p.violationType(), p.content(), date(p.decisionDate()),
                            date(p.publicUntil()))).toList());
            line(doc, "四、失信联合惩戒对象名单", HEADING_FONT, 16, ParagraphAlignment.LEFT, false);
            body(doc, r.dishonesty().detail());
            line(doc, "五、守信激励", HEADING_FONT, 16, ParagraphAlignment.LEFT, false);
            body(doc, r.redList().detail() + (r.redList().listed() ? "；激励措施："
                    + String.join("、", r.redList().incentives().stream().map(i -> i.chineseName()).toList()) : ""));
            line(doc, "六、信用承诺", HEADING_FONT, 16, ParagraphAlignment.LEFT, false);
            table(doc, List.of("承诺内容", "承诺日期", "承诺期限", "履约情况"), r.commitments().stream()
                    .map(c -> List.of(c.content(), date(c.madeOn()), date(c.promisedBy()), status(c))).toList());
            line(doc, "", BODY_FONT, 12, ParagraphAlignment.LEFT, false);
            body(doc, "本报告根据" + r.authority() + "信用信息平台截至报告日期的记录生成。核验方式：登录信用信息公示页面，"
                    + "输入验证码 " + r.verificationCode() + " 核验报告真伪（" + r.verifyPath() + "）。");
            line(doc, r.authority(), BODY_FONT, 16, ParagraphAlignment.RIGHT, false);
            line(doc, date(r.reportDate()), BODY_FONT, 16, ParagraphAlignment.RIGHT, false);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String status(CreditReportContent.Commitment c) {
        return switch (c.status()) {
            case "KEPT" -> "已履行（" + date(c.settledOn()) + "）";
            case "BREACHED" -> "违诺（" + date(c.settledOn()) + " 未按承诺履行）";
            default -> "履行期内";
        };
    }

    static String date(LocalDate d) {
        if (d == null) {
            return "";
        }
        return LongTerm.DATE.equals(d) ? "长期" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static void table(XWPFDocument doc, List<String> headers, List<List<String>> rows) {
        if (rows.isEmpty()) {
            body(doc, "无。");
            return;
        }
        XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
        table.setWidth("100%");
        fill(table.getRow(0), headers, true);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), false);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            XWPFRun run = p.createRun();
            run.setText(cells.get(c) == null ? "" : cells.get(c));
            run.setFontFamily(BODY_FONT, XWPFRun.FontCharRange.eastAsia);
            run.setFontSize(10);
            run.setBold(bold);
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

    private static void body(XWPFDocument doc, String text) {
        line(doc, text, BODY_FONT, 16, ParagraphAlignment.BOTH, false);
    }

    private static void line(XWPFDocument doc, String text, String font, int points, ParagraphAlignment alignment,
                             boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontFamily(font);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(points);
        run.setBold(bold);
    }
}
