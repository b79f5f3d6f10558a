package org.fagai.attraction.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fagai.attraction.AttractionFigures.Summary;
import org.fagai.attraction.internal.AttractionStatistics.Funnel;
import org.fagai.attraction.internal.FunnelFigures.Rates;
import org.fagai.cockpit.CockpitScope;
import org.fagai.cockpit.CockpitTile;
import org.fagai.cockpit.SummaryFigure;
import org.fagai.cockpit.SummaryParagraph;
import org.fagai.cockpit.SummarySection;
import org.fagai.cockpit.SummarySlot;
import org.fagai.cockpit.Tile;
import org.fagai.cockpit.TileFigure;
import org.fagai.shared.Money;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * 招商引资 on the leaders' cockpit and in the work summary: the seed's figures (trips led by the principal leaders,
 * negotiations, major signing events, projects signed and their 协议投资), the funnel of the leads found in the period and
 * the signed projects' rates, all from {@link AttractionStatistics} — the same figures the 招商总览 page shows.
 */
@Component
class AttractionCockpit implements CockpitTile, SummarySection {

    static final String SOURCE = "招商引资台账（attraction_trip、attraction_negotiation、attraction_event、attraction_lead 的首次签约与协议投资）";

    private final AttractionStatistics statistics;
    private final MessageSource messages;

    AttractionCockpit(AttractionStatistics statistics, MessageSource messages) {
        this.statistics = statistics;
        this.messages = messages;
    }

    private static AttractionPeriod period(CockpitScope scope) {
        return new AttractionPeriod(scope.from(), scope.to());
    }

    @Override
    public Optional<Tile> tile(CockpitScope scope) {
        Locale locale = LocaleContextHolder.getLocale();
        Summary s = statistics.summary(period(scope), scope.regionCode(), locale);
        Funnel f = statistics.funnel(period(scope), scope.regionCode(), null);
        if (s.trips() + s.negotiations() + s.majorEvents() + s.signedProjects() + f.leads().found() == 0) {
            return Optional.empty();
        }
        Rates r = f.rates();
        List<TileFigure> figures = List.of(
                TileFigure.of("attraction.cockpit.trips", Formats.number(s.trips())),
                TileFigure.of("attraction.cockpit.negotiations", Formats.number(s.negotiations())),
                TileFigure.of("attraction.cockpit.majorEvents", Formats.number(s.majorEvents())),
                TileFigure.of("attraction.cockpit.signed", StoredText.list("shared.figureSeparator",
                        List.of(Formats.number(s.signedProjects()), yi(s.agreedInvestment())))),
                TileFigure.of("attraction.cockpit.conversion", percent(r.signingConversion())),
                TileFigure.of("attraction.cockpit.landing", percent(r.landing())),
                TileFigure.of("attraction.cockpit.start", percent(r.start())),
                TileFigure.of("attraction.cockpit.funds", percent(r.fundsInPlace())));
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("funnel", funnel(f, locale));
        String link = scope.throughMonth() == 12 ? "/attraction?year=" + scope.year() + "&region=" + scope.regionCode()
                : "/attraction?from=" + scope.from() + "&to=" + scope.to() + "&region=" + scope.regionCode();
        return Optional.of(new Tile("attraction", 450, "cockpit.tile.attraction", "attraction.cockpit.source",
                messages.getMessage("attraction.cockpit.period", new Object[] {statistics.label(period(scope), locale)}, locale),
                link, figures, chart));
    }

    /** The leads found in the period by the furthest stage each reached, 线索 → 达产. */
    private List<Map<String, Object>> funnel(Funnel f, Locale locale) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (LeadStage stage : LeadStage.values()) {
            steps.add(Map.of("name", messages.getMessage(stage.labelKey(), null, locale), "value", f.leads().reached(stage)));
        }
        return steps;
    }

    @Override
    public Optional<SummaryParagraph> paragraph(CockpitScope scope) {
        Summary s = statistics.summary(period(scope), scope.regionCode(), Locale.SIMPLIFIED_CHINESE);
        if (s.trips() + s.negotiations() + s.majorEvents() + s.signedProjects() == 0) {
            return Optional.empty();
        }
        String period = scope.periodLabel();
        String region = s.regionName();
        return Optional.of(new SummaryParagraph(SummarySlot.ATTRACTION, "招商引资工作成效明显", s.sentence(), List.of(
                new SummaryFigure("党政主要领导外出招商", s.trips() + "次", period, region, SOURCE),
                new SummaryFigure("召开洽谈会", s.negotiations() + "次", period, region, SOURCE),
                new SummaryFigure("参加省级以上重大签约活动", s.majorEvents() + "次", period, region, SOURCE),
                new SummaryFigure("签约项目", s.signedProjects() + "个", period, region, SOURCE),
                new SummaryFigure("协议投资", AttractionStatistics.yi(s.agreedInvestment()) + "亿元", period, region, SOURCE))));
    }

    /** 1580亿元, its unit from the bundles (a stored sentence: the tile is read in each reader's language). */
    private static String yi(BigDecimal wan) {
        return StoredText.of("shared.fmt.yi", Money.ofWan(wan).yiNumber());
    }

    /** A rate stored as a share (0.4213) as people read it (42.1%); none without a denominator. */
    private static String percent(BigDecimal share) {
        return Formats.percentText(share == null ? null : share.movePointRight(2));
    }
}
