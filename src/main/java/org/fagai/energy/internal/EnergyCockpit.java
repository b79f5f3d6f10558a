package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
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
import org.fagai.energy.RegionEnergy;
import org.fagai.indicator.Warning;
import org.fagai.shared.StoredText;
import org.springframework.stereotype.Component;

/**
 * 能耗双控 for the leaders: the cockpit's tile (energy under control against its cap, the intensity declines of energy
 * and CO₂ against their targets, with the warnings {@link RegionAccounts} judged) and the work summary's paragraph in
 * seed 000's words (五是能耗“双控”质效进一步提高).
 */
@Component
class EnergyCockpit implements CockpitTile, SummarySection {

    static final String SOURCE = "重点用能单位能耗月报（energy_report）、能耗目标（energy_target）、地区生产总值（经济运行监测）";
    static final String CHECK_SOURCE = "实地能耗核查（energy_check）";

    private final RegionAccounts accounts;
    private final CheckList checks;
    private final EnergyAccess access;

    EnergyCockpit(RegionAccounts accounts, CheckList checks, EnergyAccess access) {
        this.accounts = accounts;
        this.checks = checks;
        this.access = access;
    }

    private Optional<RegionEnergy> account(CockpitScope scope) {
        if (!access.mayRead()) {
            return Optional.empty();
        }
        RegionEnergy e = accounts.region(scope.regionCode(), scope.year(), scope.throughMonth());
        return e.current().reports() == 0 ? Optional.empty() : Optional.of(e);
    }

    @Override
    public Optional<Tile> tile(CockpitScope scope) {
        return account(scope).map(e -> {
            List<TileFigure> figures = new ArrayList<>();
            RegionEnergy.AnnualTarget t = e.annualTarget();
            String capNote = t == null || t.cap() == null ? null
                    : StoredText.of("energy.cockpit.note.cap", BriefParagraph.wan(t.cap()), one(t.capUsed()), one(t.timeProgress()));
            figures.add(new TileFigure("energy.cockpit.controlled", null, StoredText.of("energy.cockpit.value.tce", BriefParagraph.wan(e.current().tceControlled())),
                    e.growth() == null ? capNote : join(StoredText.of("energy.cockpit.note.growth", signed(e.growth())), capNote), t == null ? null : tone(t.capWarning())));
            RegionEnergy.Intensity i = e.intensity();
            if (i != null && i.decline() != null) {
                figures.add(new TileFigure("energy.cockpit.intensity", null, one(i.decline()) + "%",
                        join(i.periodLabel(), t == null || t.intensityDecline() == null ? null
                                : StoredText.of("energy.cockpit.note.target", one(t.intensityDecline()))),
                        t == null ? null : tone(t.warning())));
            }
            if (i != null && i.co2Decline() != null) {
                figures.add(new TileFigure("energy.cockpit.co2Intensity", null, one(i.co2Decline()) + "%",
                        join(i.periodLabel(), t == null || t.co2IntensityDecline() == null ? null
                                : StoredText.of("energy.cockpit.note.target", one(t.co2IntensityDecline()))),
                        t == null ? null : tone(t.co2Warning())));
            }
            figures.add(TileFigure.of("energy.cockpit.co2", StoredText.of("energy.cockpit.value.co2", BriefParagraph.wan(e.current().co2()))));
            CheckList.Done done = checks.done(scope.regionCode(), scope.from(), scope.to());
            figures.add(TileFigure.of("energy.cockpit.checks", done.checks() + " / " + done.flagged(), done.flagged() == 0 ? "ok" : "warn"));
            return new Tile("energy", 450, "cockpit.tile.energy", "energy.cockpit.source", e.periodLabel(),
                    "/energy?region=" + scope.regionCode() + "&year=" + scope.year() + "&month=" + scope.throughMonth(), figures, null);
        });
    }

    @Override
    public Optional<SummaryParagraph> paragraph(CockpitScope scope) {
        return account(scope).map(e -> {
            String period = e.periodLabel();
            String region = e.regionName();
            List<SummaryFigure> figures = new ArrayList<>();
            StringBuilder s = new StringBuilder("牢固树立和践行绿色发展理念，紧紧围绕节能降耗目标任务，狠抓能源消耗总量和强度“双控”工作，稳步推动能耗双控向碳排放双控转变。");
            String controlled = BriefParagraph.wan(e.current().tceControlled()) + "万吨标准煤";   // the summary is a Chinese document
            s.append(period).append("，").append(region).append("重点用能单位").append(e.current().enterprises()).append("家纳入总量控制的能耗")
                    .append(controlled);
            figures.add(new SummaryFigure("纳入总量控制的能耗", controlled, period, region, SOURCE));
            if (e.growth() != null) {
                s.append("，同比").append(e.growth().signum() >= 0 ? "增长" : "下降").append(one(e.growth().abs())).append("%");
                figures.add(new SummaryFigure("能耗同比", signed(e.growth()) + "%", period, region, SOURCE));
            }
            RegionEnergy.Intensity i = e.intensity();
            RegionEnergy.AnnualTarget t = e.annualTarget();
            if (i != null && i.decline() != null) {
                s.append("；").append(i.periodLabel()).append("万元地区生产总值能耗").append(fall(i.decline()));
                figures.add(new SummaryFigure("万元地区生产总值能耗下降率", one(i.decline()) + "%", i.periodLabel(), region, SOURCE));
                if (t != null && t.intensityDecline() != null && t.gap() != null) {
                    s.append("（年度目标下降").append(one(t.intensityDecline())).append("%，")
                            .append(t.gap().signum() >= 0 ? "完成目标" : "低于目标" + one(t.gap().negate()) + "个百分点").append("）");
                    figures.add(new SummaryFigure("能耗强度年度目标", one(t.intensityDecline()) + "%", String.valueOf(e.year()), region, SOURCE));
                }
                if (i.co2Decline() != null) {
                    s.append("，万元地区生产总值二氧化碳排放").append(fall(i.co2Decline()));
                    figures.add(new SummaryFigure("万元地区生产总值二氧化碳排放下降率", one(i.co2Decline()) + "%", i.periodLabel(), region, SOURCE));
                }
            }
            CheckList.Done done = checks.done(scope.regionCode(), scope.from(), scope.to());
            if (done.checks() > 0) {
                s.append("；对规上企业进行了实地能耗摸底核查").append(done.checks()).append("家次");
                figures.add(new SummaryFigure("实地能耗摸底核查", done.checks() + "家次", scope.periodLabel(), region, CHECK_SOURCE));
            }
            s.append("。");
            return new SummaryParagraph(SummarySlot.ENERGY, "能耗“双控”质效进一步提高", s.toString(), figures);
        });
    }

    private static String tone(Warning w) {
        return switch (w) {
            case GREEN -> "ok";
            case YELLOW -> "warn";
            case RED -> "bad";
            case NONE -> null;
        };
    }

    private static String fall(BigDecimal decline) {
        BigDecimal r = decline.setScale(1, RoundingMode.HALF_UP);
        return r.signum() == 0 ? "与上年同期持平" : (r.signum() > 0 ? "同比下降" : "同比上升") + one(r.abs()) + "%";
    }

    private static String one(BigDecimal v) {
        return v == null ? "—" : v.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String signed(BigDecimal v) {
        return (v.signum() > 0 ? "+" : "") + one(v);
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : StoredText.list("shared.clauseSeparator", java.util.List.of(a, b));
    }
}
