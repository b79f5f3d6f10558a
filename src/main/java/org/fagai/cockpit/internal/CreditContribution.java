package org.fagai.cockpit.internal;

import java.util.List;
import java.util.Optional;
import org.fagai.cockpit.CockpitScope;
import org.fagai.cockpit.CockpitTile;
import org.fagai.cockpit.SummaryFigure;
import org.fagai.cockpit.SummaryParagraph;
import org.fagai.cockpit.SummarySection;
import org.fagai.cockpit.SummarySlot;
import org.fagai.cockpit.Tile;
import org.fagai.cockpit.TileFigure;
import org.fagai.credit.DisclosureFigures;
import org.fagai.shared.StoredText;
import org.springframework.stereotype.Component;

/** 双公示: records decided in the period, published by their due date, and those due or overdue now. */
@Component
class CreditContribution implements CockpitTile, SummarySection {

    static final String SOURCE = "信用双公示（credit_licence、credit_penalty 的公示期限）";

    private final DisclosureFigures disclosures;

    CreditContribution(DisclosureFigures disclosures) {
        this.disclosures = disclosures;
    }

    @Override
    public Optional<Tile> tile(CockpitScope scope) {
        DisclosureFigures.Figures f = disclosures.figures(scope.from(), scope.to(), scope.regionCode());
        if (f.decided() + f.dueNow() + f.overdueNow() == 0) {
            return Optional.empty();
        }
        List<TileFigure> figures = List.of(
                TileFigure.of("cockpit.credit.decided", Show.count(f.decided())),
                TileFigure.of("cockpit.credit.onTimeRate", Show.percent(f.onTimeRate())),
                TileFigure.of("cockpit.credit.dueNow", Show.count(f.dueNow()), f.dueNow() == 0 ? "ok" : "warn"),
                TileFigure.of("cockpit.credit.overdueNow", Show.count(f.overdueNow()), Show.zeroIsGood(f.overdueNow())));
        return Optional.of(new Tile("credit", 350, "cockpit.tile.credit", "cockpit.source.credit",
                StoredText.of("cockpit.tile.period.credit", scope.periodLabel()), "/credit/disclosures", figures, null));
    }

    @Override
    public Optional<SummaryParagraph> paragraph(CockpitScope scope) {
        DisclosureFigures.Figures f = disclosures.figures(scope.from(), scope.to(), scope.regionCode());
        if (f.decided() == 0) {
            return Optional.empty();
        }
        String sentence = "报送“双公示”信息" + f.published() + "条，其中按时公示" + f.publishedOnTime() + "条，按时公示率"
                + Show.percent(f.onTimeRate()) + "。";
        String period = scope.periodLabel();
        return Optional.of(new SummaryParagraph(SummarySlot.CREDIT, "信用体系建设进一步加强", sentence, List.of(
                new SummaryFigure("“双公示”信息报送", f.published() + "条", period, scope.regionName(), SOURCE),
                new SummaryFigure("按时公示", f.publishedOnTime() + "条", period, scope.regionName(), SOURCE),
                new SummaryFigure("按时公示率", Show.percent(f.onTimeRate()), period, scope.regionName(), SOURCE))));
    }
}
