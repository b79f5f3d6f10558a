package org.fagai.planning.internal.annual;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fagai.indicator.OverviewLine;
import org.fagai.indicator.TargetView;
import org.fagai.planning.internal.Figures;
import org.fagai.planning.internal.OfficialDocument;

/** The year-end execution report of an annual plan (计划执行情况报告), drafted from monitoring, targets and tasks. */
final class ExecutionReport {

    private ExecutionReport() {
    }

    static String title(AnnualPlans.View v) {
        return v.regionName() + v.plan().year() + "年国民经济和社会发展计划执行情况报告";
    }

    static byte[] draft(AnnualPlans.View v) {
        try (OfficialDocument doc = new OfficialDocument(title(v))) {
            doc.paragraph(opening(v));
            doc.heading("一、主要指标完成情况");
            for (TargetView t : v.monitoringTargets()) {
                doc.paragraph(monitoringSentence(t, line(v, t.indicatorCode())));
            }
            for (TargetLine t : v.targets()) {
                doc.paragraph(targetSentence(t));
            }
            doc.heading("二、重大任务推进情况");
            doc.paragraph(taskSentence(v.tasks()));
            List<List<String>> rows = new ArrayList<>();
            for (TaskView t : v.tasks()) {
                rows.add(List.of(String.valueOf(t.seq()), t.title(), t.leadUnitName() == null ? "" : t.leadUnitName(),
                        t.deadline().toString(), stateName(t)));
            }
            if (!rows.isEmpty()) {
                doc.table(List.of("序号", "任务", "牵头单位", "期限", "完成情况"), rows);
            }
            doc.heading("三、下一步工作");
            doc.paragraph("对未完成的目标和逾期任务逐项分析原因，明确责任单位和整改时限，纳入督办事项跟踪落实，并在下一年度计划中统筹安排。");
            return doc.bytes();
        }
    }

    static String opening(AnnualPlans.View v) {
        long met = v.targets().stream().filter(t -> Boolean.TRUE.equals(t.met())).count();
        long onTarget = v.monitoringTargets().stream().map(t -> line(v, t.indicatorCode()))
                .filter(l -> l.isPresent() && l.get().gap() != null && l.get().gap().signum() >= 0).count();
        return v.plan().year() + "年，" + v.regionName() + "国民经济和社会发展计划确定经济运行监测目标" + v.monitoringTargets().size()
                + "项、其他目标" + v.targets().size() + "项、重大任务" + v.tasks().size() + "项。截至" + v.overview().periodLabel()
                + "，经济运行指标达到或快于目标" + onTarget + "项，其他目标完成" + met + "项。";
    }

    static String monitoringSentence(TargetView t, Optional<OverviewLine> line) {
        String target = (t.growthTarget() != null ? "增长" + Figures.plain(t.growthTarget(), 2) + "%" : "")
                + (t.absoluteTarget() != null ? (t.growthTarget() != null ? "、" : "") + "总量" + Figures.plain(t.absoluteTarget(), 2)
                + t.unit().label() : "");
        if (line.isEmpty() || !line.get().hasData()) {
            return t.indicatorName() + "：年度目标" + target + "，暂无数据。";
        }
        OverviewLine l = line.get();
        StringBuilder s = new StringBuilder(t.indicatorName() + "：年度目标" + target + "，" + l.period());
        if (l.value() != null && !l.growthOnly()) {
            s.append("完成").append(Figures.plain(l.value(), 2)).append(l.unit());
        }
        if (l.growth() != null) {
            s.append(l.value() != null && !l.growthOnly() ? "，" : "").append("同比增长").append(Figures.percent(l.growth()))
                    .append(l.growthEstimated() ? "（测算）" : "");
        }
        if (l.gap() != null && t.growthTarget() != null) {
            BigDecimal gap = l.gap();
            s.append("，").append(gap.signum() >= 0 ? "高于" : "低于").append("目标").append(Figures.plain(gap.abs(), 1)).append("个百分点");
        }
        if (l.completion() != null) {
            s.append("，完成年度总量目标的").append(Figures.percent(l.completion()));
        }
        return s.append("。").toString();
    }

    static String targetSentence(TargetLine t) {
        if (t.actual() == null) {
            return t.name() + "：目标" + Figures.plain(t.target(), 2) + t.unit() + "，尚未填报完成值。";
        }
        return t.name() + "：目标" + Figures.plain(t.target(), 2) + t.unit() + "，实际" + Figures.plain(t.actual(), 2) + t.unit() + "，"
                + (Boolean.TRUE.equals(t.met()) ? "完成目标" : "未完成目标") + "。";
    }

    static String taskSentence(List<TaskView> tasks) {
        long closed = tasks.stream().filter(t -> t.state().equals("CLOSED")).count();
        long onTime = tasks.stream().filter(t -> t.state().equals("CLOSED") && Boolean.TRUE.equals(t.onTime())).count();
        long cancelled = tasks.stream().filter(t -> t.state().equals("CANCELLED")).count();
        return "确定重大任务" + tasks.size() + "项，已办结" + closed + "项（按期办结" + onTime + "项），办理中" + (tasks.size() - closed - cancelled)
                + "项" + (cancelled > 0 ? "，撤销" + cancelled + "项" : "") + "。";
    }

    private static String stateName(TaskView t) {
        return switch (t.state()) {
            case "CLOSED" -> Boolean.TRUE.equals(t.onTime()) ? "按期办结" : "逾期办结";
            case "CANCELLED" -> "已撤销";
            default -> "RED".equals(t.colour()) ? "逾期未办结" : "办理中";
        };
    }

    private static Optional<OverviewLine> line(AnnualPlans.View v, String code) {
        return v.overview().lines().stream().filter(l -> l != null && l.code().equals(code)).findFirst();
    }
}
