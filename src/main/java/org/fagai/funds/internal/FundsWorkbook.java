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
import org.fagai.shared.web.MessageText;

/**
 * The .xlsx files finance and the provincial DRC ask for: a title row, the unit (万元), two header rows with the
 * column groups 申报 / 审核通过 / 额度下达 / 支出, the rows and a 合计 row. Cells are typed values, never formulas. Every
 * word of the file in the reader's language ({@code text} read on the thread writing it, the request's language carried
 * over to it); names of programmes, regions and sectors are data and stay as entered.
 */
final class FundsWorkbook {

    private static final int GROUPS = 4;
    private static final int GROUP_COLUMNS = 3;

    private FundsWorkbook() {
    }

    static void account(OutputStream out, Summary summary, Map<String, Line> programs, Map<String, Line> districts,
                        Map<String, Line> sectors, Map<String, String> names, MessageText text) throws IOException {
        Workbook workbook = new Workbook(out, "Fagai", "1.0");
        String title = text.get("funds.account.title", summary.year(), summary.regionName());
        List<String> sheets = text.list("funds.export.account.sheets");
        List<String> keys = text.list("funds.export.account.keys");
        String total = text.get("funds.total");
        Worksheet byChannel = workbook.newWorksheet(sheets.get(0));
        int r = header(byChannel, title, keys.get(0), keys.get(1), text);
        for (var channel : summary.channels().entrySet()) {
            String code = channel.getKey().name();
            r = row(byChannel, r, text.get(channel.getKey().labelKey()), text.get("funds.export.account.subtotal"),
                    channel.getValue(), true);
            for (var program : programs.entrySet()) {
                if (program.getKey().startsWith(code + ":") && !program.getKey().equals(code + ":")) {
                    r = row(byChannel, r, "", names.getOrDefault(program.getKey(), program.getKey()), program.getValue(), false);
                }
            }
        }
        r = row(byChannel, r, total, "", summary.total(), true);
        byChannel.value(r + 1, 0, summary.sentence());
        grouped(workbook.newWorksheet(sheets.get(1)), text.get("funds.export.account.byRegion", title), keys.get(2), districts,
                names, text);
        grouped(workbook.newWorksheet(sheets.get(2)), text.get("funds.export.account.bySector", title), keys.get(3), sectors,
                names, text);
        workbook.finish();
    }

    static void applications(OutputStream out, List<ApplicationView> rows, MessageText text) throws IOException {
        Workbook workbook = new Workbook(out, "Fagai", "1.0");
        Worksheet sheet = workbook.newWorksheet(text.get("funds.export.applications.title"));
        List<String> headers = text.list("funds.export.applications.headers");
        String yes = text.get("funds.yes");
        String no = text.get("funds.no");
        String idle = text.get("funds.export.idle");
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().fillColor("DDEBF7").wrapText(true).set();
            sheet.width(c, c == 6 || c == 10 ? 36 : 14);
        }
        int r = 1;
        for (ApplicationView a : rows) {
            Object[] values = {r, a.year(), text.get(a.channel().labelKey()), a.programName(), a.roundNo(), a.projectCode(), a.projectName(),
                    a.ownerUnit(), a.regionName(), a.sectorName(), a.use(), a.totalInvestment(), a.requested(), a.localMatching(),
                    a.asCapital() ? yes : no, a.coverage(), text.get(a.state().labelKey()), a.declaredOn(), a.approvedAmount(),
                    a.allocatedAmount(), a.allocationDocument(), a.disbursedAmount(), a.spentAmount(), a.spendingPercent(),
                    colour(a.spendingColour(), text), a.idle() ? idle : ""};
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

    private static void grouped(Worksheet sheet, String title, String keyName, Map<String, Line> lines, Map<String, String> names,
                                MessageText text) {
        int r = header(sheet, title, keyName, "", text);
        Line total = Line.NONE;
        for (var line : lines.entrySet()) {
            r = row(sheet, r, names.getOrDefault(line.getKey(), line.getKey()), "", line.getValue(), false);
            total = total.plus(line.getValue());
        }
        row(sheet, r, text.get("funds.total"), "", total, true);
    }

    private static int header(Worksheet sheet, String title, String first, String second, MessageText text) {
        List<String> groups = text.list("funds.export.account.groups");
        List<String> groupColumns = text.list("funds.export.account.groupColumns");
        int columns = 2 + GROUPS * GROUP_COLUMNS + 1;
        sheet.value(0, 0, title);
        sheet.range(0, 0, 0, columns - 1).merge();
        sheet.style(0, 0).bold().fontSize(14).horizontalAlignment("center").set();
        sheet.value(1, 0, text.get("funds.export.account.unit"));
        sheet.value(2, 0, first);
        sheet.value(2, 1, second);
        sheet.range(2, 0, 3, 0).merge();
        sheet.range(2, 1, 3, 1).merge();
        for (int g = 0; g < GROUPS; g++) {
            int c = 2 + g * GROUP_COLUMNS;
            sheet.value(2, c, groups.get(g));
            sheet.range(2, c, 2, c + GROUP_COLUMNS - 1).merge();
            for (int i = 0; i < GROUP_COLUMNS; i++) {
                sheet.value(3, c + i, groupColumns.get(i));
            }
        }
        sheet.value(2, columns - 1, text.get("funds.export.account.spendingPercent"));
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
            int c = 2 + g * GROUP_COLUMNS;
            sheet.value(r, c, groups[g].count());
            sheet.value(r, c + 1, groups[g].totalInvestment());
            sheet.value(r, c + 2, groups[g].amount());
        }
        BigDecimal allocated = line.allocated().amount();
        if (allocated.signum() > 0) {
            sheet.value(r, 2 + groups.length * GROUP_COLUMNS,
                    line.spent().amount().multiply(BigDecimal.valueOf(100)).divide(allocated, 1, RoundingMode.HALF_UP));
        }
        if (bold) {
            sheet.range(r, 0, r, 2 + groups.length * GROUP_COLUMNS).style().bold().set();
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

    private static String colour(String colour, MessageText text) {
        if (colour == null) {
            return "";
        }
        return text.get("funds.export.colour." + (colour.equals("RED") || colour.equals("YELLOW") ? colour : "GREEN"));
    }
}
