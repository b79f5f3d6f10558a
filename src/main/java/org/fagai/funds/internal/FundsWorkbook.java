package org.fagai.funds.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fagai.funds.FundsAccount.Figures;
import org.fagai.funds.FundsAccount.Line;
import org.fagai.funds.FundsAccount.Summary;

/**
 * The .xlsx files finance and the provincial DRC ask for: a title row, the unit (万元), two header rows with the
 * column groups 申报 / 审核通过 / 额度下达 / 支出, the rows and a 合计 row. Cells are typed values, never formulas.
 */
final class FundsWorkbook {

    private static final String[] GROUPS = {"申报", "审核通过", "额度下达", "资金支出"};
    private static final String[] GROUP_COLUMNS = {"项目数", "总投资", "金额"};

    private FundsWorkbook() {
    }

    static void account(OutputStream out, Summary summary, Map<String, Line> programs, Map<String, Line> districts,
                        Map<String, Line> sectors, Map<String, String> names) throws IOException {
        Workbook workbook = new Workbook(out, "Fagai", "1.0");
        String title = summary.year() + "年" + summary.regionName() + "资金争取台账";
        Worksheet byChannel = workbook.newWorksheet("分渠道专项");
        int r = header(byChannel, title, "渠道", "专项");
        for (var channel : summary.channels().entrySet()) {
            String code = channel.getKey().name();
            r = row(byChannel, r, names.get(code), "小计", channel.getValue(), true);
            for (var program : programs.entrySet()) {
                if (program.getKey().startsWith(code + ":") && !program.getKey().equals(code + ":")) {
                    r = row(byChannel, r, "", names.getOrDefault(program.getKey(), program.getKey()), program.getValue(), false);
                }
            }
        }
        r = row(byChannel, r, "合计", "", summary.total(), true);
        byChannel.value(r + 1, 0, summary.sentence());
        grouped(workbook.newWorksheet("分地区"), title + "（分地区）", "地区", districts, names);
        grouped(workbook.newWorksheet("分领域"), title + "（分领域）", "投向领域", sectors, names);
        workbook.finish();
    }

    static void applications(OutputStream out, List<ApplicationView> rows) throws IOException {
        Workbook workbook = new Workbook(out, "Fagai", "1.0");
        Worksheet sheet = workbook.newWorksheet("资金申请清单");
        List<String> headers = List.of("序号", "年度", "资金渠道", "专项", "批次", "项目代码", "项目名称", "项目单位", "地区", "投向领域",
                "资金用途", "总投资（万元）", "申请金额（万元）", "地方配套（万元）", "用作资本金", "本息覆盖倍数", "状态", "申报日期",
                "核定金额（万元）", "下达金额（万元）", "下达文件", "拨付金额（万元）", "支出金额（万元）", "支出进度（%）", "支出预警", "资金闲置");
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().fillColor("DDEBF7").wrapText(true).set();
            sheet.width(c, c == 6 || c == 10 ? 36 : 14);
        }
        int r = 1;
        for (ApplicationView a : rows) {
            Object[] values = {r, a.year(), a.channelName(), a.programName(), a.roundNo(), a.projectCode(), a.projectName(),
                    a.ownerUnit(), a.regionName(), a.sectorName(), a.use(), a.totalInvestment(), a.requested(), a.localMatching(),
                    a.asCapital() ? "是" : "否", a.coverage(), StateNames.of(a.state()), a.declaredOn(), a.approvedAmount(),
                    a.allocatedAmount(), a.allocationDocument(), a.disbursedAmount(), a.spentAmount(), a.spendingPercent(),
                    colour(a.spendingColour()), a.idle() ? "闲置" : ""};
            for (int c = 0; c < values.length; c++) {
                cell(sheet, r, c, values[c]);
            }
            if (r % 1000 == 0) {
                sheet.flush();
            }
            r++;
        }
        sheet.freezePane(0, 1);
        workbook.finish();
    }

    private static void grouped(Worksheet sheet, String title, String keyName, Map<String, Line> lines, Map<String, String> names) {
        int r = header(sheet, title, keyName, "");
        Line total = Line.NONE;
        for (var line : lines.entrySet()) {
            r = row(sheet, r, names.getOrDefault(line.getKey(), line.getKey()), "", line.getValue(), false);
            total = total.plus(line.getValue());
        }
        row(sheet, r, "合计", "", total, true);
    }

    private static int header(Worksheet sheet, String title, String first, String second) {
        int columns = 2 + GROUPS.length * GROUP_COLUMNS.length + 1;
        sheet.value(0, 0, title);
        sheet.range(0, 0, 0, columns - 1).merge();
        sheet.style(0, 0).bold().fontSize(14).horizontalAlignment("center").set();
        sheet.value(1, 0, "单位：万元、个");
        sheet.value(2, 0, first);
        sheet.value(2, 1, second);
        sheet.range(2, 0, 3, 0).merge();
        sheet.range(2, 1, 3, 1).merge();
        for (int g = 0; g < GROUPS.length; g++) {
            int c = 2 + g * GROUP_COLUMNS.length;
            sheet.value(2, c, GROUPS[g]);
            sheet.range(2, c, 2, c + GROUP_COLUMNS.length - 1).merge();
            for (int i = 0; i < GROUP_COLUMNS.length; i++) {
                sheet.value(3, c + i, GROUP_COLUMNS[i]);
            }
        }
        sheet.value(2, columns - 1, "支出进度（%）");
        sheet.range(2, columns - 1, 3, columns - 1).merge();
        sheet.range(2, 0, 3, columns - 1).style().bold().fillColor("DDEBF7").horizontalAlignment("center").set();
        sheet.width(0, 22);
        sheet.width(1, 30);
        sheet.freezePane(2, 4);
        return 4;
    }

    private static int row(Worksheet sheet, int r, String first, String second, Line line, boolean bold) {
        sheet.value(r, 0, first);
        sheet.value(r, 1, second);
        Figures[] groups = {line.declared(), line.approved(), line.allocated(), line.spent()};
        for (int g = 0; g < groups.length; g++) {
            int c = 2 + g * GROUP_COLUMNS.length;
            sheet.value(r, c, groups[g].count());
            sheet.value(r, c + 1, groups[g].totalInvestment());
            sheet.value(r, c + 2, groups[g].amount());
        }
        BigDecimal allocated = line.allocated().amount();
        if (allocated.signum() > 0) {
            sheet.value(r, 2 + groups.length * GROUP_COLUMNS.length,
                    line.spent().amount().multiply(BigDecimal.valueOf(100)).divide(allocated, 1, RoundingMode.HALF_UP));
        }
        if (bold) {
            sheet.range(r, 0, r, 2 + groups.length * GROUP_COLUMNS.length).style().bold().set();
        }
        return r + 1;
    }

    private static void cell(Worksheet sheet, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal d) {
            sheet.value(r, c, d);
        } else if (value instanceof Number n) {
            sheet.value(r, c, n);
        } else {
            sheet.value(r, c, value.toString()); // a text cell: "=…" stays text, never a formula
        }
    }

    private static String colour(String colour) {
        return colour == null ? "" : switch (colour) {
            case "RED" -> "红";
            case "YELLOW" -> "黄";
            default -> "绿";
        };
    }
}
