package org.fagai.planning.internal.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fagai.planning.IndicatorProgress;
import org.fagai.planning.ProgressStatus;
import org.fagai.planning.internal.Figures;
import org.fagai.planning.internal.OfficialDocument;

/** The mid-term (中期评估) or final (总结评估) evaluation report of a plan, drafted from its evaluation table. */
final class EvaluationReport {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private EvaluationReport() {
    }

    static String title(Evaluation e) {
        return "《" + e.planName() + "》实施" + (e.finalEvaluation() ? "总结评估报告" : "中期评估报告");
    }

    static byte[] draft(Evaluation e) {
        try (OfficialDocument doc = new OfficialDocument(title(e))) {
            doc.paragraph(opening(e));
            doc.heading("一、主要指标完成情况");
            int n = 0;
            for (Evaluation.Group group : e.groups()) {
                doc.subheading("（" + numeral(n++) + "）" + group.name() + "类指标");
                doc.paragraph(groupSentence(group));
                int i = 1;
                for (IndicatorProgress p : group.indicators()) {
                    doc.paragraph(i++ + ". " + sentence(p, e));
                }
            }
            doc.heading("二、指标评估表");
            doc.table(List.of("序号", "指标", "属性", "单位", e.fromYear() - 1 + "年", "规划目标", "实际值", "进度目标值", "评估"), rows(e));
            doc.heading("三、下一步工作");
            doc.paragraph(e.total().bindingBehind() > 0
                    ? "对滞后于进度的约束性指标，逐项明确责任单位和整改措施，纳入督办事项跟踪落实，确保规划目标如期完成。"
                    : "持续跟踪各项指标进展，对滞后于进度的指标加强分析调度，确保规划目标如期完成。");
            return doc.bytes();
        }
    }

    static String opening(Evaluation e) {
        Evaluation.Counts t = e.total();
        String behind = e.groups().stream().flatMap(g -> g.indicators().stream())
                .filter(p -> p.binding() && p.status() == ProgressStatus.BEHIND).map(IndicatorProgress::name)
                .reduce((a, b) -> a + "、" + b).map(names -> "，其中约束性指标滞后" + t.bindingBehind() + "项（" + names + "）")
                .orElse("");
        return "《" + e.planName() + "》共设置主要指标" + t.indicators() + "项，其中约束性指标" + t.binding() + "项。截至" + e.year()
                + "年，已完成" + t.achieved() + "项，符合进度要求" + t.onTrack() + "项，滞后于进度" + t.behind() + "项" + behind
                + (t.noData() > 0 ? "，暂无数据" + t.noData() + "项" : "") + "。";
    }

    static String groupSentence(Evaluation.Group g) {
        Evaluation.Counts c = g.counts();
        return g.name() + "类指标" + c.indicators() + "项：已完成" + c.achieved() + "项，符合进度" + c.onTrack() + "项，滞后"
                + c.behind() + "项" + (c.noData() > 0 ? "，暂无数据" + c.noData() + "项" : "") + "。";
    }

    static String sentence(IndicatorProgress p, Evaluation e) {
        String kind = p.binding() ? "（约束性）" : "（预期性）";
        String head = p.name() + kind + "：";
        if (p.status() == ProgressStatus.NO_DATA) {
            return head + "规划目标" + targetText(p, e) + "，暂无实际数据。";
        }
        String reached = switch (TargetKind.valueOf(p.targetKind())) {
            case ANNUAL_GROWTH -> e.fromYear() + "—" + p.actualYear() + "年年均增长" + Figures.percent(p.achievedRate()) + "，"
                    + comparison(p.achievedRate().subtract(p.expectedRate()));
            case CUMULATIVE_CHANGE -> "截至" + p.actualYear() + "年累计" + changed(p.achievedRate()) + "，按进度应"
                    + changed(p.expectedRate());
            case LEVEL -> p.actualYear() + "年为" + Figures.plain(p.actual(), 2) + p.unit() + "，按进度应为"
                    + Figures.plain(p.pathValue(), 2) + p.unit();
        };
        return head + "规划目标" + targetText(p, e) + "，" + reached + "，" + verdict(p, e) + "。";
    }

    private static String targetText(IndicatorProgress p, Evaluation e) {
        return switch (TargetKind.valueOf(p.targetKind())) {
            case ANNUAL_GROWTH -> "年均增长" + Figures.plain(p.target(), 2) + "%";
            case CUMULATIVE_CHANGE -> "累计" + changed(p.target());
            case LEVEL -> e.toYear() + "年达到" + Figures.plain(p.target(), 2) + p.unit();
        };
    }

    private static String changed(BigDecimal percent) {
        if (percent == null) {
            return "—";
        }
        return (percent.signum() < 0 ? "降低" : "提高") + Figures.plain(percent.abs(), 2) + "%";
    }

    /** "快于规划目标0.4个百分点", "慢于规划目标0.6个百分点" or "与规划目标持平". */
    private static String comparison(BigDecimal difference) {
        BigDecimal d = difference.setScale(1, java.math.RoundingMode.HALF_UP);
        return d.signum() == 0 ? "与规划目标持平" : (d.signum() > 0 ? "快于" : "慢于") + "规划目标" + d.abs().toPlainString() + "个百分点";
    }

    private static String verdict(IndicatorProgress p, Evaluation e) {
        return switch (p.status()) {
            case ACHIEVED -> p.actualYear() < e.toYear() ? "已提前完成规划目标" : "已完成规划目标";
            case ON_TRACK -> "符合进度要求";
            case BEHIND -> p.binding() ? "滞后于进度要求，须加大工作力度确保完成" : "滞后于进度要求";
            case NO_DATA -> "暂无实际数据";
        };
    }

    private static List<List<String>> rows(Evaluation e) {
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (Evaluation.Group g : e.groups()) {
            for (IndicatorProgress p : g.indicators()) {
                rows.add(List.of(String.valueOf(i++), p.name(), p.binding() ? "约束性" : "预期性", p.unit(),
                        Figures.plain(p.baseValue(), 2), targetText(p, e),
                        p.actual() == null ? "—" : Figures.plain(p.actual(), 2) + "（" + p.actualYear() + "年）",
                        Figures.plain(p.pathValue(), 2), statusName(p.status())));
            }
        }
        return rows;
    }

    static String statusName(ProgressStatus status) {
        return switch (status) {
            case ACHIEVED -> "已完成";
            case ON_TRACK -> "符合进度";
            case BEHIND -> "滞后";
            case NO_DATA -> "暂无数据";
        };
    }

    private static String numeral(int i) {
        return i < NUMERALS.length ? NUMERALS[i] : String.valueOf(i + 1);
    }
}
