package org.fagai.enterprise.internal;

import java.util.ArrayList;
import java.util.List;

/** Demands and their rates as Excel rows. */
final class DemandExport {

    static final List<String> HEADERS = List.of("编号", "企业", "统一社会信用代码", "类别", "诉求内容", "来源", "紧急程度", "状态",
            "提出日期", "责任单位", "责任人", "办理时限（工作日）", "期限", "签收日期", "按时响应", "答复", "答复日期", "重办",
            "首次回访", "满意度", "已解决", "办结日期");
    static final List<String> RATE_HEADERS = List.of("分组", "名称", "诉求数", "已派单", "按时响应", "已回访", "已解决", "满意",
            "响应率", "解决率", "满意率");

    private DemandExport() {
    }

    static List<List<?>> rows(List<DemandView> demands) {
        List<List<?>> rows = new ArrayList<>();
        for (DemandView d : demands) {
            List<Object> r = new ArrayList<>();
            r.add(d.id());
            r.add(d.enterpriseName());
            r.add(d.creditCode());
            r.add(d.categoryName());
            r.add(d.content());
            r.add(d.channel().name());
            r.add(d.urgency().name());
            r.add(d.state().name());
            r.add(String.valueOf(d.raisedOn()));
            r.add(d.departmentName());
            r.add(d.leadPersonName());
            r.add(d.workingDays());
            r.add(d.deadline() == null ? null : d.deadline().toString());
            r.add(d.signedOn() == null ? null : d.signedOn().toString());
            r.add(d.respondedInTime());
            r.add(d.answer());
            r.add(d.answeredOn() == null ? null : d.answeredOn().toString());
            r.add(d.reopened());
            r.add(d.firstSatisfaction() == null ? null : d.firstSatisfaction().name());
            r.add(d.satisfaction() == null ? null : d.satisfaction().name());
            r.add(d.resolved());
            r.add(d.closedOn() == null ? null : d.closedOn().toString());
            rows.add(r);
        }
        return rows;
    }

    static List<List<?>> rateRows(DemandRates.Rates rates) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(row("合计", rates.total()));
        rates.byDepartment().forEach(r -> rows.add(row("责任单位", r)));
        rates.byCategory().forEach(r -> rows.add(row("类别", r)));
        rates.byMonth().forEach(r -> rows.add(row("月份", r)));
        return rows;
    }

    private static List<?> row(String group, DemandRates.Row r) {
        List<Object> row = new ArrayList<>(List.of(group, r.label(), r.demands(), r.routed(), r.responded(), r.rated(),
                r.resolved(), r.satisfied()));
        row.add(r.responseRate());
        row.add(r.resolutionRate());
        row.add(r.satisfactionRate());
        return row;
    }
}
