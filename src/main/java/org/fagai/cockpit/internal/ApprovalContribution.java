package org.fagai.cockpit.internal;

import java.util.List;
import java.util.Optional;
import org.fagai.approval.ApprovalFigures;
import org.fagai.cockpit.CockpitScope;
import org.fagai.cockpit.CockpitTile;
import org.fagai.cockpit.SummaryFigure;
import org.fagai.cockpit.SummaryParagraph;
import org.fagai.cockpit.SummarySection;
import org.fagai.cockpit.SummarySlot;
import org.fagai.cockpit.Tile;
import org.fagai.cockpit.TileFigure;
import org.fagai.shared.StoredText;
import org.springframework.stereotype.Component;

/** 审批: decided in the period and on time (the outcome each application stored), open ones in warning or overdue now. */
@Component
class ApprovalContribution implements CockpitTile, SummarySection {

    static final String SOURCE = "审批时限监管（approval_application.on_time、clock_state）";

    private final ApprovalFigures approvals;

    ApprovalContribution(ApprovalFigures approvals) {
        this.approvals = approvals;
    }

    @Override
    public Optional<Tile> tile(CockpitScope scope) {
        ApprovalFigures.Figures f = approvals.figures(scope.from(), scope.to(), scope.regionCode());
        if (f.received() + f.decided() + f.warningNow() + f.overdueNow() == 0) {
            return Optional.empty();
        }
        List<TileFigure> figures = List.of(
                TileFigure.of("cockpit.approvals.received", Show.count(f.received())),
                TileFigure.of("cockpit.approvals.decided", Show.count(f.decided())),
                TileFigure.of("cockpit.approvals.onTimeRate", Show.percent(f.onTimeRate())),
                TileFigure.of("cockpit.approvals.warningNow", Show.count(f.warningNow()), f.warningNow() == 0 ? "ok" : "warn"),
                TileFigure.of("cockpit.approvals.overdueNow", Show.count(f.overdueNow()), Show.zeroIsGood(f.overdueNow())));
        return Optional.of(new Tile("approvals", 300, "cockpit.tile.approvals", "cockpit.source.approvals",
                StoredText.of("cockpit.tile.period.approvals", scope.periodLabel()), "/approvals/stats", figures, null));
    }

    @Override
    public Optional<SummaryParagraph> paragraph(CockpitScope scope) {
        ApprovalFigures.Figures f = approvals.figures(scope.from(), scope.to(), scope.regionCode());
        if (f.decided() == 0) {
            return Optional.empty();
        }
        String sentence = (scope.throughMonth() == 12 ? "全年" : "上半年") + "办结投资审批事项" + f.decided() + "件，其中按期办结"
                + f.onTime() + "件，按期办结率" + Show.percent(f.onTimeRate()) + "。";
        String period = scope.periodLabel();
        return Optional.of(new SummaryParagraph(SummarySlot.BUSINESS_ENVIRONMENT, "营商环境持续优化", sentence, List.of(
                new SummaryFigure("办结审批事项", f.decided() + "件", period, scope.regionName(), SOURCE),
                new SummaryFigure("按期办结", f.onTime() + "件", period, scope.regionName(), SOURCE),
                new SummaryFigure("按期办结率", Show.percent(f.onTimeRate()), period, scope.regionName(), SOURCE))));
    }
}
