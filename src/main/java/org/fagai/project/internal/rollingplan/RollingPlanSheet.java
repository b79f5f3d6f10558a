package org.fagai.project.internal.rollingplan;

import static org.fagai.shared.web.ExcelExport.Column.amount;
import static org.fagai.shared.web.ExcelExport.Column.integer;
import static org.fagai.shared.web.ExcelExport.Column.text;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fagai.shared.web.ExcelExport;
import org.springframework.stereotype.Component;

/**
 * The rolling plan as Excel in the layout of the national project library's 三年滚动投资计划表 (国家重大建设项目库): 序号,
 * 项目代码, 项目名称, 建设地点, 所属行业, 项目单位, 建设规模及主要建设内容, 建设起止年限, 总投资, 截至上年底累计完成投资, the three
 * years' planned investment, 前期工作进展, 备注; amounts in 万元 with a totals row.
 */
@Component
class RollingPlanSheet {

    private final RollingPlanBook book;

    RollingPlanSheet(RollingPlanBook book) {
        this.book = book;
    }

    @org.springframework.transaction.annotation.Transactional
    ByteArrayOutputStream export(RollingPlanFilter filter) {
        int n = filter.from();
        List<ExcelExport.Column> columns = List.of(integer("序号"), text("项目代码"), text("项目名称"), text("建设地点"), text("所属行业"),
                text("项目单位"), text("建设规模及主要建设内容"), text("建设起止年限"), amount("总投资（万元）").summed(),
                amount("截至" + (n - 1) + "年底累计完成投资（万元）").summed(), amount(n + "年计划投资（万元）").summed(),
                amount((n + 1) + "年计划投资（万元）").summed(), amount((n + 2) + "年计划投资（万元）").summed(), text("前期工作进展"),
                text("备注"));
        List<List<?>> rows = new ArrayList<>();
        book.each(filter, r -> rows.add(Arrays.asList(rows.size() + 1, r.code(), r.name(),
                join(r.regionName(), r.location()), r.sectorName(), r.ownerUnit(), r.scaleContent(),
                (r.startMonth() == null ? "" : r.startMonth().getYear()) + "—" + (r.endMonth() == null ? "" : r.endMonth().getYear()),
                r.totalInvestment(), r.completedBefore(), r.amountY0(), r.amountY1(), r.amountY2(), r.stage().chinese(),
                r.selected() ? "已列入" + n + "年重点项目" : r.rolled() ? "上年滚动结转" : "")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelExport.report(out, n + "—" + (n + 2) + "年三年滚动投资计划表", columns, rows);
        book.exported(n, rows.size());
        return out;
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + (b == null || b.isBlank() ? "" : " " + b);
    }
}
