package org.fagai.report.internal;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.Units;
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
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes the default brief template src/main/resources/report/economic-brief.docx (run once when its layout
 * changes: {@code java -cp target/classes:target/test-classes:<deps> org.fagai.report.internal.BriefTemplateGenerator}).
 * Commissions replace it with their own; the tags are {{title}} {{period}} {{date}} {{lead}} {{summary}}
 * {{#table}} {{*warnings}} and a bar chart whose alternative-text title is {{growthChart}}.
 */
public final class BriefTemplateGenerator {

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "src/main/resources/report/economic-brief.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(target)) {
            paragraph(doc, "{{title}}", 22, true, ParagraphAlignment.CENTER);
            paragraph(doc, "{{period}}", 14, false, ParagraphAlignment.CENTER);
            paragraph(doc, "{{date}}", 10, false, ParagraphAlignment.RIGHT);
            paragraph(doc, "一、总体情况", 14, true, ParagraphAlignment.LEFT);
            paragraph(doc, "{{lead}}", 12, false, ParagraphAlignment.LEFT);
            paragraph(doc, "{{summary}}", 12, false, ParagraphAlignment.LEFT);
            paragraph(doc, "二、主要指标完成情况", 14, true, ParagraphAlignment.LEFT);
            paragraph(doc, "{{#table}}", 10, false, ParagraphAlignment.LEFT);
            paragraph(doc, "三、主要指标增速与目标", 14, true, ParagraphAlignment.LEFT);
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
            paragraph(doc, "四、预警提示", 14, true, ParagraphAlignment.LEFT);
            paragraph(doc, "{{*warnings}}", 12, false, ParagraphAlignment.LEFT);
            doc.write(out);
        }
    }

    private static void paragraph(XWPFDocument doc, String text, int size, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontFamily("仿宋");
    }
}
