package org.fagai.report.internal;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes the default brief template src/main/resources/report/economic-brief.docx in the layout of a government
 * document (GB/T 9704-2012): A4, margins 37 mm top, 35 mm bottom, 28 mm left, 26 mm right; the title in a 小标宋-style
 * font at 二号 (22 pt); headings 一、 in 黑体, （一） in 楷体, 1. in bold 仿宋, all 三号 (16 pt); body in 仿宋 at 三号 with
 * a fixed 28 pt line (22 lines a page) and a two-character indent; page numbers "— 1 —" in the footer; the chart with
 * its caption. Fonts fall back cleanly: 仿宋, 黑体 and 楷体 are the families every Chinese Windows and WPS installs (not
 * the _GB2312 variants many machines lack), Latin text and digits are Times New Roman, and the title's 方正小标宋简体
 * falls back to the East Asian default (宋体) where it is not installed. Run once when the layout changes:
 * {@code java -cp target/classes:target/test-classes:<deps> org.fagai.report.internal.BriefTemplateGenerator}.
 * Commissions replace it with their own; the tags are {{title}} {{period}} {{date}} {{lead}} {{summary}}
 * {{keyProjects}} {{energy}}
 * {{#table}} {{*warnings}} and a bar chart whose alternative-text title is {{growthChart}}.
 */
public final class BriefTemplateGenerator {

    static final String TITLE = "FagaiTitle";
    static final String HEADING_1 = "FagaiHeading1";
    static final String HEADING_2 = "FagaiHeading2";
    static final String HEADING_3 = "FagaiHeading3";
    static final String BODY = "FagaiBody";
    static final String CAPTION = "FagaiCaption";
    static final String TABLE_TEXT = "FagaiTableText";

    private static final int TWIPS_PER_MM = 567; // ×0.1
    private static final int SAN_HAO = 32; // half-points: 16 pt
    private static final int ER_HAO = 44; // 22 pt

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "src/main/resources/report/economic-brief.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(target)) {
            layOut(doc);
            paragraph(doc, TITLE, "{{title}}");
            paragraph(doc, CAPTION, "{{period}}");
            paragraph(doc, CAPTION, "{{date}}");
            paragraph(doc, HEADING_1, "一、总体情况");
            paragraph(doc, BODY, "{{lead}}");
            paragraph(doc, BODY, "{{summary}}");
            paragraph(doc, BODY, "{{keyProjects}}");
            paragraph(doc, BODY, "{{energy}}");
            paragraph(doc, HEADING_1, "二、主要指标完成情况");
            paragraph(doc, TABLE_TEXT, "{{#table}}");
            paragraph(doc, HEADING_1, "三、主要指标增速与目标");
            chart(doc);
            paragraph(doc, CAPTION, "图1 主要指标同比增长与年度增速目标（%）");
            paragraph(doc, HEADING_1, "四、预警提示");
            paragraph(doc, BODY, "{{*warnings}}");
            doc.write(out);
        }
    }

    /** A4, the standard margins, the styles, and the page number in the footer. */
    private static void layOut(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(mm(37));
        margins.setBottom(mm(35));
        margins.setLeft(mm(28));
        margins.setRight(mm(26));
        margins.setGutter(BigInteger.ZERO);
        margins.setHeader(mm(15));
        margins.setFooter(mm(28));
        XWPFStyles styles = doc.createStyles();
        style(styles, BODY, "正文（仿宋三号）", "仿宋", SAN_HAO, false, STJc.BOTH, 640, 560);
        style(styles, TITLE, "公文标题（小标宋二号）", "方正小标宋简体", ER_HAO, false, STJc.CENTER, 0, 700);
        style(styles, HEADING_1, "一级标题（黑体三号）", "黑体", SAN_HAO, false, STJc.LEFT, 640, 560);
        style(styles, HEADING_2, "二级标题（楷体三号）", "楷体", SAN_HAO, false, STJc.LEFT, 640, 560);
        style(styles, HEADING_3, "三级标题（仿宋三号加粗）", "仿宋", SAN_HAO, true, STJc.LEFT, 640, 560);
        style(styles, CAPTION, "居中说明（仿宋三号）", "仿宋", SAN_HAO, false, STJc.CENTER, 0, 560);
        style(styles, TABLE_TEXT, "表格文字（仿宋小四）", "仿宋", 24, false, STJc.CENTER, 0, 0);
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph number = footer.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        footerRun(number, "— ");
        number.getCTP().addNewFldSimple().setInstr("PAGE");
        XWPFRun page = number.createRun();
        page.setFontSize(14);
        footerRun(number, " —");
    }

    private static void footerRun(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontSize(14);
        run.setFontFamily("宋体");
    }

    private static void style(XWPFStyles styles, String id, String name, String font, int halfPoints, boolean bold,
                              STJc.Enum align, int firstLineTwips, int exactLineTwips) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewJc().setVal(align);
        CTSpacing spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        if (exactLineTwips > 0) {
            spacing.setLine(BigInteger.valueOf(exactLineTwips));
            spacing.setLineRule(STLineSpacingRule.EXACT);
        }
        if (firstLineTwips > 0) {
            paragraph.addNewInd().setFirstLine(BigInteger.valueOf(firstLineTwips));
        }
        CTRPr run = style.addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setEastAsia(font);
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        if (bold) {
            run.addNewB();
        }
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(style, styles));
    }

    private static BigInteger mm(int millimetres) {
        return BigInteger.valueOf(Math.round(millimetres * TWIPS_PER_MM / 10.0));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
        return p;
    }

    private static void chart(XWPFDocument doc) throws Exception {
        XWPFChart chart = doc.createChart(15 * Units.EMU_PER_CENTIMETER, 8 * Units.EMU_PER_CENTIMETER);
        XSSFSheet sheet = chart.getWorkbook().getSheetAt(0);
        sheet.createRow(0).createCell(0).setCellValue("指标");
        sheet.getRow(0).createCell(1).setCellValue("同比增长（%）");
        sheet.getRow(0).createCell(2).setCellValue("增速目标（%）");
        String[] names = {"地区生产总值", "固定资产投资"};
        for (int i = 0; i < names.length; i++) {
            var row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue(names[i]);
            row.createCell(1).setCellValue(5 + i);
            row.createCell(2).setCellValue(6 + i);
        }
        chart.setTitleText("主要指标增速与目标（%）");
        // poi-tl finds a chart by the tag in its alternative-text title (docPr title).
        XWPFParagraph holder = doc.getParagraphs().get(doc.getParagraphs().size() - 1);
        holder.setStyle(CAPTION);
        holder.getRuns().get(0).getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setTitle("{{growthChart}}");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        XDDFCategoryDataSource cats = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new org.apache.poi.ss.util.CellRangeAddress(1, names.length, 0, 0));
        for (int s = 1; s <= 2; s++) {
            XDDFNumericalDataSource<Double> nums = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new org.apache.poi.ss.util.CellRangeAddress(1, names.length, s, s));
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(cats, nums);
            series.setTitle(sheet.getRow(0).getCell(s).getStringCellValue(),
                    new org.apache.poi.ss.util.CellReference(sheet.getSheetName(), 0, s, true, true));
        }
        chart.plot(data);
    }
}
