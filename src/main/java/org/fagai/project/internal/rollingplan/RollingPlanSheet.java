package org.fagai.project.internal.rollingplan;

import static org.fagai.shared.web.ExcelExport.Column.amount;
import static org.fagai.shared.web.ExcelExport.Column.integer;
import static org.fagai.shared.web.ExcelExport.Column.text;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.MessageText;
import org.springframework.stereotype.Component;

/**
 * The rolling plan as Excel in the layout of the national project library's 三年滚动投资计划表 (国家重大建设项目库): 序号,
 * 项目代码, 项目名称, 建设地点, 所属行业, 项目单位, 建设规模及主要建设内容, 建设起止年限, 总投资, 截至上年底累计完成投资, the three
 * years' planned investment, 前期工作进展, 备注; amounts in 万元 with a totals row.
 */
@Component
class RollingPlanSheet {

    private final RollingPlanBook book;
    private final MessageText text;

    RollingPlanSheet(RollingPlanBook book, MessageText text) {
        this.book = book;
        this.text = text;
    }

    /** The headers, title, stage and remarks in the reader's language (Chinese: the national library's table as it is). */
    @org.springframework.transaction.annotation.Transactional
    ByteArrayOutputStream export(RollingPlanFilter filter) {
        int n = filter.from();
        String y0 = String.valueOf(n);
        List<ExcelExport.Column> columns = List.of(integer(header("number")), text(header("code")), text(header("name")),
                text(header("location")), text(header("sector")), text(header("owner")), text(header("scale")), text(header("period")),
                amount(header("total")).summed(), amount(text.get("project.rolling.export.completedBefore", String.valueOf(n - 1))).summed(),
                amount(text.get("project.rolling.export.yearPlan", y0)).summed(),
                amount(text.get("project.rolling.export.yearPlan", String.valueOf(n + 1))).summed(),
                amount(text.get("project.rolling.export.yearPlan", String.valueOf(n + 2))).summed(), text(header("stage")),
                text(header("remark")));
        String selected = text.get("project.rolling.export.selected", y0);
        String rolled = text.get("project.rolling.export.rolled");
        List<List<?>> rows = new ArrayList<>();
        book.each(filter, r -> rows.add(Arrays.asList(rows.size() + 1, r.code(), r.name(),
                join(r.regionName(), r.location()), r.sectorName(), r.ownerUnit(), r.scaleContent(),
                (r.startMonth() == null ? "" : r.startMonth().getYear()) + "—" + (r.endMonth() == null ? "" : r.endMonth().getYear()),
                r.totalInvestment(), r.completedBefore(), r.amountY0(), r.amountY1(), r.amountY2(),
                text.get("project.stage." + r.stage().name()), r.selected() ? selected : r.rolled() ? rolled : "")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelExport.report(out, text.get("project.rolling.export.title", y0, String.valueOf(n + 2)), columns, rows);
        book.exported(n, rows.size());
        return out;
    }

    private String header(String column) {
        return text.get("project.rolling.export." + column);
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + (b == null || b.isBlank() ? "" : " " + b);
    }
}
