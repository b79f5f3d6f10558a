package org.fagai.cockpit.internal;

import java.math.BigDecimal;
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
import org.fagai.funds.FundChannel;
import org.fagai.funds.FundsAccount;
import org.fagai.shared.Percent;
import org.fagai.shared.Period;
import org.fagai.shared.StoredText;
import org.springframework.stereotype.Component;

/** 资金争取: the year's account of the region (funds' {@link FundsAccount}), spending against 序时进度. */
@Component
class FundsContribution implements CockpitTile, SummarySection {

    static final String SOURCE = "资金争取台账（funds_application、funds_step）";

    private final FundsAccount funds;

    FundsContribution(FundsAccount funds) {
        this.funds = funds;
    }

    private static boolean empty(FundsAccount.Summary s) {
        return s.total().declared().count() == 0 && s.superiorRequested().signum() == 0;
    }

    @Override
    public Optional<Tile> tile(CockpitScope scope) {
        FundsAccount.Summary s = funds.summary(scope.year(), scope.regionCode());
        if (empty(s)) {
            return Optional.empty();
        }
        FundsAccount.Line t = s.total();
        BigDecimal spentShare = Percent.of(t.spent().amount(), t.allocated().amount());
        BigDecimal timeProgress = Period.monthly(scope.year(), scope.throughMonth()).timeProgressPercent();
        String tone = spentShare == null ? null : spentShare.compareTo(timeProgress) >= 0 ? "ok" : "warn";
        List<TileFigure> figures = List.of(
                TileFigure.of("cockpit.funds.declared", Show.both(Show.count(t.declared().count()), Show.yi(t.declared().amount()))),
                TileFigure.of("cockpit.funds.approved", Show.both(Show.count(t.approved().count()), Show.yi(t.approved().amount()))),
                TileFigure.of("cockpit.funds.allocated", Show.yi(t.allocated().amount())),
                new TileFigure("cockpit.funds.spent", null, Show.both(Show.yi(t.spent().amount()), Show.percent(spentShare)),
                        StoredText.of("cockpit.note.timeProgress", Show.percent(timeProgress)), tone));
        return Optional.of(new Tile("funds", 400, "cockpit.tile.funds", "cockpit.source.funds",
                StoredText.of("cockpit.tile.period.funds", scope.year()),
                "/funds?year=" + scope.year() + "&region=" + scope.regionCode(), figures, null));
    }

    @Override
    public Optional<SummaryParagraph> paragraph(CockpitScope scope) {
        FundsAccount.Summary s = funds.summary(scope.year(), scope.regionCode());
        if (empty(s)) {
            return Optional.empty();
        }
        FundsAccount.Line bonds = s.channels().getOrDefault(FundChannel.SPECIAL_BOND, FundsAccount.Line.NONE);
        String period = scope.year() + "年资金台账（截至生成日）";
        String region = s.regionName();
        return Optional.of(new SummaryParagraph(SummarySlot.FUNDS, "积极向上争取资金", s.sentence(), List.of(
                new SummaryFigure("申请中央预算及上级资金", Show.yi(s.superiorRequested()), period, region, SOURCE),
                new SummaryFigure("申报专项债项目个数", bonds.declared().count() + "个", period, region, SOURCE),
                new SummaryFigure("申报专项债项目总投资", Show.yi(bonds.declared().totalInvestment()), period, region, SOURCE),
                new SummaryFigure("审核通过项目个数", bonds.approved().count() + "个", period, region, SOURCE),
                new SummaryFigure("审核通过项目总投资", Show.yi(bonds.approved().totalInvestment()), period, region, SOURCE))));
    }
}
