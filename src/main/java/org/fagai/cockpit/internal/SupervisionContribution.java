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
import org.fagai.shared.StoredText;
import org.fagai.supervision.SupervisionFigures;
import org.springframework.stereotype.Component;

/** 督办: the year's items by their stored colour, 按期办结率, and the problem lists' problems and measures. */
@Component
class SupervisionContribution implements CockpitTile, SummarySection {

    static final String SOURCE = "督办事项与问题清单（supervision_item、supervision_problem）";

    private final SupervisionFigures supervision;

    SupervisionContribution(SupervisionFigures supervision) {
        this.supervision = supervision;
    }

    @Override
    public Optional<Tile> tile(CockpitScope scope) {
        SupervisionFigures.Figures f = supervision.figures(scope.year(), scope.regionCode());
        if (f.assigned() == 0) {
            return Optional.empty();
        }
        List<TileFigure> figures = List.of(
                TileFigure.of("cockpit.supervision.assigned", Show.count(f.assigned())),
                TileFigure.of("cockpit.supervision.green", Show.count(f.openGreen()), "ok"),
                TileFigure.of("cockpit.supervision.yellow", Show.count(f.openYellow()), f.openYellow() == 0 ? "ok" : "warn"),
                TileFigure.of("cockpit.supervision.red", Show.count(f.openRed()), Show.zeroIsGood(f.openRed())),
                TileFigure.of("cockpit.supervision.closed", Show.both(Show.count(f.closed()), Show.percent(f.closedRate()))),
                TileFigure.of("cockpit.supervision.onTimeRate", Show.percent(f.onTimeRate())),
                TileFigure.of("cockpit.supervision.problems", f.problems() + " / " + f.measures()));
        return Optional.of(new Tile("supervision", 500, "cockpit.tile.supervision", "cockpit.source.supervision",
                StoredText.of("cockpit.tile.period.supervision", scope.year()), "/supervision/stats?year=" + scope.year(), figures, null));
    }

    @Override
    public Optional<SummaryParagraph> paragraph(CockpitScope scope) {
        SupervisionFigures.Figures f = supervision.figures(scope.year(), scope.regionCode());
        if (f.problems() == 0) {
            return Optional.empty();
        }
        String sentence = "针对调研发现的问题，列出问题清单" + f.problems() + "项、整改措施" + f.measures() + "条，已办结"
                + f.measuresClosed() + "条，及时跟踪整改落实情况。";
        String period = scope.year() + "年问题清单";
        return Optional.of(new SummaryParagraph(SummarySlot.PARTY_BUILDING, "问题整改", sentence, List.of(
                new SummaryFigure("问题清单", f.problems() + "项", period, scope.regionName(), SOURCE),
                new SummaryFigure("整改措施", f.measures() + "条", period, scope.regionName(), SOURCE),
                new SummaryFigure("已办结整改措施", f.measuresClosed() + "条", period, scope.regionName(), SOURCE))));
    }
}
