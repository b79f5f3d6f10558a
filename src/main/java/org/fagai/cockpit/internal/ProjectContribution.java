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
import org.fagai.project.KeyProjectFigures;
import org.fagai.project.ProjectLevel;
import org.fagai.shared.StoredText;
import org.springframework.stereotype.Component;

/** 重点项目: the city's list for a city, the district's list for a district (key projects' {@link KeyProjectFigures}). */
@Component
class ProjectContribution implements CockpitTile, SummarySection {

    static final String SOURCE = "重点项目库（project_plan、project_warning、project_blocker）";

    private final KeyProjectFigures projects;

    ProjectContribution(KeyProjectFigures projects) {
        this.projects = projects;
    }

    private KeyProjectFigures.Figures figures(CockpitScope scope) {
        return projects.figures(scope.year(), scope.city() ? ProjectLevel.CITY : ProjectLevel.DISTRICT, scope.regionCode());
    }

    @Override
    public Optional<Tile> tile(CockpitScope scope) {
        KeyProjectFigures.Figures f = figures(scope);
        if (f.count() == 0) {
            return Optional.empty();
        }
        String behind = f.completion() == null || f.timeProgress() == null ? null
                : f.completion().compareTo(f.timeProgress()) >= 0 ? "ok" : "warn";
        List<TileFigure> figures = List.of(
                TileFigure.of("cockpit.projects.count", Show.count(f.count())),
                TileFigure.of("cockpit.projects.total", Show.yi(f.totalInvestment())),
                TileFigure.of("cockpit.projects.new", Show.both(Show.count(f.newCount()), Show.yi(f.newTotalInvestment()))),
                new TileFigure("cockpit.projects.completion", null, Show.percent(f.completion()),
                        StoredText.of("cockpit.note.timeProgress", Show.percent(f.timeProgress())), behind),
                TileFigure.of("cockpit.projects.red", Show.count(f.red()), f.red() == 0 ? "ok" : "bad"),
                TileFigure.of("cockpit.projects.yellow", Show.count(f.yellow()), f.yellow() == 0 ? "ok" : "warn"),
                TileFigure.of("cockpit.projects.blockersOpen", Show.count(f.blockersOpen())),
                TileFigure.of("cockpit.projects.blockersOverdue", Show.count(f.blockersOverdue()), Show.zeroIsGood(f.blockersOverdue())));
        String period = f.warningMonth() == null ? StoredText.of("cockpit.tile.period.projects." + f.level().name(), scope.year())
                : StoredText.of("cockpit.tile.period.projectsThrough." + f.level().name(), scope.year(), f.warningMonth());
        return Optional.of(new Tile("projects", 200, "cockpit.tile.projects", "cockpit.source.projects", period,
                "/projects/dashboard?year=" + scope.year() + "&level=" + f.level().name(), figures, null));
    }

    @Override
    public Optional<SummaryParagraph> paragraph(CockpitScope scope) {
        KeyProjectFigures.Figures f = figures(scope);
        if (f.count() == 0) {
            return Optional.empty();
        }
        String period = scope.year() + "年" + f.level().chinese() + "重点项目清单";
        String region = scope.regionName();
        return Optional.of(new SummaryParagraph(SummarySlot.PROJECTS, "项目建设", f.sentence(), List.of(
                new SummaryFigure("重点项目个数", f.count() + "个", period, region, SOURCE),
                new SummaryFigure("重点项目总投资", Show.yi(f.totalInvestment()), period, region, SOURCE),
                new SummaryFigure("新建项目个数", f.newCount() + "个", period, region, SOURCE),
                new SummaryFigure("新建项目总投资", Show.yi(f.newTotalInvestment()), period, region, SOURCE))));
    }
}
