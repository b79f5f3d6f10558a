package org.fagai.energy.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.ExcelExport.Column;
import org.fagai.shared.web.MessageText;

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

    static void reviews(OutputStream out, List<ReviewView> rows) {
        List<List<?>> data = new ArrayList<>();
        for (ReviewView r : rows) {
            data.add(Arrays.asList(r.projectCode(), r.projectName(), r.regionCode(), r.renovation() ? "改建（按增量）" : "", r.annualTce(),
                    r.annualWanKwh(), classText(r.reviewClass()), r.filingFlag(), r.appliedOn(), r.opinionNumber(), r.opinionOn(), r.lapsesOn(),
                    r.startedOn(), r.acceptedOn(), r.warning()));
        }
        ExcelExport.report(out, "节能审查清单", List.of(Column.text("项目代码"), Column.text("项目名称"), Column.text("地区代码"),
                Column.text("改建"), Column.amount("年综合能耗（吨标准煤）"), Column.amount("年电力消费（万千瓦时）"), Column.text("审查层级"),
                Column.text("登记提示"), Column.date("申请日期"), Column.text("审查意见文号"), Column.date("出具日期"), Column.date("失效日期"),
                Column.date("开工日期"), Column.date("节能验收日期"), Column.text("预警")), data);
    }

    static void checks(OutputStream out, List<CheckView> rows) {
        List<List<?>> data = new ArrayList<>();
        for (CheckView c : rows) {
            data.add(Arrays.asList(c.checkedOn(), c.creditCode(), c.enterpriseName(), c.regionCode(), c.month(), c.reportedTce(),
                    c.checkedTce(), c.difference(), c.flagged() ? "是" : "", c.itemId(), c.rectifiedOn()));
        }
        ExcelExport.report(out, "实地能耗核查清单（吨标准煤）", List.of(Column.date("核查日期"), Column.text("统一社会信用代码"),
                Column.text("企业名称"), Column.text("地区代码"), Column.text("核查月份"), Column.amount("报送综合能耗"),
                Column.amount("核查综合能耗"), Column.amount("差异（%）"), Column.text("超出容差"), Column.integer("督办事项"),
                Column.date("整改办结日期")), data);
    }

    /** In the reader's language: the title, headers and grades (read on the request's thread). */
    static void assessments(OutputStream out, List<AssessmentView> rows, MessageText text) {
        List<List<?>> data = new ArrayList<>();
        for (AssessmentView a : rows) {
            data.add(Arrays.asList(a.year(), a.subjectName(), a.subjectCode(), a.totalScore(),
                    text.get("energy.grade." + a.grade().name()), a.publishedOn()));
        }
        ExcelExport.report(out, text.get("energy.assessment.export.title"), List.of(Column.integer(text.get("energy.assessment.export.year")),
                Column.text(text.get("energy.assessment.export.subject")), Column.text(text.get("energy.assessment.export.code")),
                Column.amount(text.get("energy.assessment.total")), Column.text(text.get("energy.assessment.grade")),
                Column.date(text.get("energy.assessment.publishedOn"))), data);
    }

    private static String classText(org.fagai.energy.ReviewClass c) {
        return switch (c) {
            case PROVINCE -> "省级审查";
            case LOCAL -> "地方审查";
            case NONE -> "不单独审查";
        };
    }
}
