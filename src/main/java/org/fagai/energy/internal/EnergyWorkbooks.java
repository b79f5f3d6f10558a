package org.fagai.energy.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.ExcelExport.Column;

/** The module's Excel exports, through the shared export (title, typed cells, formulas never written). */
final class EnergyWorkbooks {

    private EnergyWorkbooks() {
    }

    static void reports(OutputStream out, List<ReportList.Row> rows) {
        List<List<?>> data = new ArrayList<>();
        for (ReportList.Row r : rows) {
            data.add(Arrays.asList(r.monthText(), r.creditCode(), r.enterpriseName(), r.regionCode(), r.outputValue(), r.tce(),
                    r.tceRaw(), r.tceNonFossil(), r.tceControlled(), r.co2(), r.spike() ? "是" : "", r.previousMissing() ? "是" : ""));
        }
        ExcelExport.report(out, "能耗月报清单（吨标准煤，当量值；二氧化碳：吨）", List.of(Column.text("月份"), Column.text("统一社会信用代码"),
                Column.text("企业名称"), Column.text("所属地区代码"), Column.amount("工业总产值（万元）").summed(),
                Column.amount("综合能源消费量").summed(), Column.amount("其中原料用能").summed(),
                Column.amount("其中非化石能源").summed(), Column.amount("纳入总量控制的能耗").summed(),
                Column.amount("二氧化碳排放").summed(), Column.text("环比异常（≥10倍）"), Column.text("上月未报")), data);
    }
}
